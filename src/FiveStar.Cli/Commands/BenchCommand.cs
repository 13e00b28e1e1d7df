using System.CommandLine;
using FiveStar.Cli.Resources;
using FiveStar.Text;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar bench</c>: how fast one's own criteria load and rate, as a markdown table to paste into an issue.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var criteria = CommonOptions.Criteria();
        var count = new Option<int?>("--count", "-n") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_BenchCount)) };
        var villages = CommonOptions.Villages(required: false);
        villages.Description = Localizer.Format(CliText.Language, nameof(Messages.Help_BenchVillages));
        var like = new Option<string?>("--like") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_BenchLike)) };
        var seed = new Option<int>("--seed", "-s") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_BenchSeed)), DefaultValueFactory = _ => 1 };
        var againstRulesEngine = new Option<bool>("--against-rulesengine") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_BenchAgainstRulesEngine)) };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var inputFormat = CommonOptions.InputFormat();
        var command = new Command("bench", Localizer.Format(CliText.Language, nameof(Messages.Help_Bench)))
        {
            criteria, count, villages, like, seed, againstRulesEngine, plugins, lang, inputFormat,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () =>
        {
            var language = Language.Parse(result.GetValue(lang)!);
            var villagesPath = result.GetValue(villages);
            var villageCount = result.GetValue(count);
            if (villagesPath is not null && villageCount is not null)
            {
                throw new CliException(Localizer.Format(language, nameof(Messages.Bench_CountOrVillages)));
            }

            if (villageCount is < 1)
            {
                throw new CliException(Localizer.Format(language, nameof(Messages.Generate_BadCount), villageCount));
            }

            var settings = new BenchSettings(
                result.GetValue(criteria)!,
                villagesPath,
                villageCount ?? 100_000,
                result.GetValue(like),
                result.GetValue(seed),
                result.GetValue(againstRulesEngine),
                result.GetValue(plugins),
                CommonOptions.ParseFormat(result.GetValue(inputFormat)));
            var report = new BenchRunner(settings, language, context.Error, cancellationToken).Run();
            context.Output.Write(report.ToMarkdown(language));
            return ExitCodes.Success;
        })));
        return command;
    }
}
