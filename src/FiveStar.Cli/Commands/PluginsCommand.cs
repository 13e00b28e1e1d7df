using System.CommandLine;
using System.Globalization;
using FiveStar.Cli.Resources;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar plugins</c>: the categories and every indicator a villages file may carry.</summary>
internal static class PluginsCommand
{
    public static Command Create(CliContext context)
    {
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var command = new Command("plugins", "List the categories with every indicator (id, names, unit, range) a villages file may carry, their parameters (thresholds, with default values) and default criteria.\nExample: fivestar plugins --plugins samples/OtherTown/plugins")
        {
            plugins, lang,
        };
        command.SetAction(result => CliApp.Guard(context, () =>
        {
            var language = new Language(result.GetValue(lang)!);
            var catalog = RaterLoader.Factory(result.GetValue(plugins)).Catalog;
            foreach (var category in catalog.Categories)
            {
                context.Output.WriteLine($"{category.Id}  {category.Name.Zh} / {category.Name.En}  ({category.Origin})");
                context.Output.WriteLine(Localizer.Format(language.Library, nameof(Messages.Plugins_Indicators)));
                foreach (var indicator in category.Indicators)
                {
                    var range = indicator.EffectiveMinimum is null && indicator.EffectiveMaximum is null
                        ? string.Empty
                        : $" [{Format(indicator.EffectiveMinimum)}, {Format(indicator.EffectiveMaximum)}]";
                    var values = indicator.Values.Count > 0 ? " {" + string.Join("|", indicator.Values.Select(v => v.Id)) + "}" : string.Empty;
                    var flags = (indicator.Required ? language.T(" 必填", " required") : string.Empty) + (indicator.IsDerived ? language.T(" 派生", " derived") : string.Empty);
                    context.Output.WriteLine($"  {indicator.Id}  {indicator.Name.Zh} / {indicator.Name.En}  {indicator.Type.ToString().ToLowerInvariant()}{(string.IsNullOrEmpty(indicator.Unit.Zh) ? string.Empty : " " + indicator.Unit.In(language.Library))}{range}{values}{flags}");
                }

                if (category.Parameters.Count > 0)
                {
                    context.Output.WriteLine(Localizer.Format(language.Library, nameof(Messages.Plugins_Parameters)));
                }

                foreach (var parameter in category.Parameters)
                {
                    var unit = string.IsNullOrEmpty(parameter.Unit.In(language.Library)) ? string.Empty : " " + parameter.Unit.In(language.Library);
                    context.Output.WriteLine($"  {parameter.Id} = {Format(parameter.Value)}{unit}  {parameter.Name.In(language.Library)}");
                }

                context.Output.WriteLine(Localizer.Format(language.Library, nameof(Messages.Plugins_Criteria)));
                foreach (var criterion in category.DefaultCriteria)
                {
                    var logic = criterion.Expression ?? $"{criterion.Operator}({string.Join(", ", criterion.Rules.Select(r => r.Id))})";
                    context.Output.WriteLine($"  {criterion.Id}  {criterion.Name.In(language.Library)}: {logic}");
                }

                context.Output.WriteLine();
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Format(double? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "∞";
}
