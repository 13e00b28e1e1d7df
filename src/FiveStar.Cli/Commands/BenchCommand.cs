using System.CommandLine;
using FiveStar.Cli.Resources;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar bench</c>: how fast one's own criteria load and rate, as a markdown table to paste into an issue.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var criteria = CommonOptions.Criteria();
        var count = new Option<int?>("--count", "-n") { Description = "Rate this many generated villages (default 100000)." };
        var villages = CommonOptions.Villages(required: false);
        villages.Description = "Rate the villages of this file instead of generated ones (CSV, JSON, JSON Lines or Excel).";
        var like = new Option<string?>("--like") { Description = "For a RulesEngine workflow file with --count: a villages file whose columns the generated villages follow." };
        var seed = new Option<int>("--seed", "-s") { Description = "The seed of the generated villages (default 1).", DefaultValueFactory = _ => 1 };
        var againstRulesEngine = new Option<bool>("--against-rulesengine") { Description = "Also time RulesEngine 6.0.1 on the same villages (RulesEngine workflow files only)." };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var inputFormat = CommonOptions.InputFormat();
        var command = new Command("bench", "Measure your criteria: load time, rating throughput on one thread and on all cores, end-to-end time; prints a markdown table.\nExample: fivestar bench --criteria samples/Hanzhuang/hanzhuang-2022.json --count 100000")
        {
            criteria, count, villages, like, seed, againstRulesEngine, plugins, lang, inputFormat,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () =>
        {
            var language = new Language(result.GetValue(lang)!).Library;
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
