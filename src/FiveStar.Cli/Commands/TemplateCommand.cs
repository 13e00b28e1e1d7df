using System.CommandLine;
using FiveStar.Cli.Output;
using FiveStar.Cli.Resources;
using FiveStar.Text;
using FiveStar.Workbooks;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar template</c>: writes a fill-in workbook for the villages' data, with drop-downs, ranges and notes.</summary>
internal static class TemplateCommand
{
    public static Command Create(CliContext context)
    {
        var criteria = CommonOptions.Criteria();
        var plugins = CommonOptions.Plugins();
        var output = new Option<string?>("--out", "-o") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_TemplateOut)) };
        var lang = CommonOptions.Lang();
        var villages = CommonOptions.Villages(required: false);
        villages.Description = Localizer.Format(CliText.Language, nameof(Messages.Help_TemplateVillages));
        var inputFormat = CommonOptions.InputFormat();
        var sheet = CommonOptions.Sheet();
        var command = new Command("template", Localizer.Format(CliText.Language, nameof(Messages.Help_Template)))
        {
            criteria, plugins, output, lang, villages, inputFormat, sheet,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () =>
        {
            var language = Language.Parse(result.GetValue(lang)!);
            var path = result.GetValue(output);
            if (string.IsNullOrEmpty(path))
            {
                throw new CliException(Localizer.Format(language, nameof(Messages.Template_NeedsOut)));
            }

            using var target = OutputTarget.Open(path, context.Output, language);
            var villagesPath = result.GetValue(villages);
            var format = CommonOptions.ParseFormat(result.GetValue(inputFormat));
            var rater = RaterLoader.Load(result.GetValue(criteria)!, villagesPath, result.GetValue(plugins), format, result.GetValue(sheet), cancellationToken: cancellationToken);
            Villages.VillageBatch? batch = null;
            if (villagesPath is not null)
            {
                using var reader = RaterLoader.OpenVillages(villagesPath, rater, format, result.GetValue(sheet));
                batch = rater.CreateBatch(1024);
                while (reader.ReadBatch(batch, 1 << 16) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            VillageTemplate.WriteAsync(rater, target.File!, language, batch, cancellationToken).GetAwaiter().GetResult();
            target.Commit();
            context.Error.WriteLine(Localizer.Format(language, nameof(Messages.Template_Written), path, rater.Schema.Count, VillageTemplate.SheetName(language)));
            return ExitCodes.Success;
        })));
        return command;
    }
}
