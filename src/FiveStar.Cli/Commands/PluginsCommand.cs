using System.CommandLine;
using System.Globalization;
using FiveStar.Cli.Resources;
using FiveStar.Text;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar plugins</c>: the categories and every indicator a villages file may carry.</summary>
internal static class PluginsCommand
{
    public static Command Create(CliContext context)
    {
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var command = new Command("plugins", Localizer.Format(CliText.Language, nameof(Messages.Help_Plugins)))
        {
            plugins, lang,
        };
        command.SetAction(result => CliApp.Guard(context, () =>
        {
            var language = Language.Parse(result.GetValue(lang)!);
            var catalog = RaterLoader.Factory(result.GetValue(plugins)).Catalog;
            foreach (var category in catalog.Categories)
            {
                context.Output.WriteLine($"{category.Id}  {category.Name.Zh} / {category.Name.En}  ({category.Origin})");
                context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Plugins_Indicators)));
                foreach (var indicator in category.Indicators)
                {
                    var range = indicator.EffectiveMinimum is null && indicator.EffectiveMaximum is null
                        ? string.Empty
                        : $" [{Format(indicator.EffectiveMinimum)}, {Format(indicator.EffectiveMaximum)}]";
                    var values = indicator.Values.Count > 0 ? " {" + string.Join("|", indicator.Values.Select(v => v.Id)) + "}" : string.Empty;
                    var flags = (indicator.Required ? " " + Localizer.Format(language, nameof(Messages.Plugins_Required)) : string.Empty) + (indicator.IsDerived ? " " + Localizer.Format(language, nameof(Messages.Plugins_Derived)) : string.Empty);
                    context.Output.WriteLine($"  {indicator.Id}  {indicator.Name.Zh} / {indicator.Name.En}  {indicator.Type.ToString().ToLowerInvariant()}{(string.IsNullOrEmpty(indicator.Unit.Zh) ? string.Empty : " " + indicator.Unit.In(language))}{range}{values}{flags}");
                }

                if (category.Parameters.Count > 0)
                {
                    context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Plugins_Parameters)));
                }

                foreach (var parameter in category.Parameters)
                {
                    var unit = string.IsNullOrEmpty(parameter.Unit.In(language)) ? string.Empty : " " + parameter.Unit.In(language);
                    context.Output.WriteLine($"  {parameter.Id} = {Format(parameter.Value)}{unit}  {parameter.Name.In(language)}");
                }

                context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Plugins_Criteria)));
                foreach (var criterion in category.DefaultCriteria)
                {
                    var logic = criterion.Expression ?? $"{criterion.Operator}({string.Join(", ", criterion.Rules.Select(r => r.Id))})";
                    context.Output.WriteLine($"  {criterion.Id}  {criterion.Name.In(language)}: {logic}");
                }

                context.Output.WriteLine();
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Format(double? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "∞";
}
