using System.CommandLine;
using FiveStar.Cli.Output;
using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar score</c>: rates every village of a file and writes the results and the township summary.</summary>
internal static class ScoreCommand
{
    private const int BlockSize = 16_384;

    /// <summary>The most columns a village id takes in a message: a 10 MB id is not repeated with each of its problems.</summary>
    private const int MessageIdWidth = 80;

    public static Command Create(CliContext context)
    {
        var criteria = CommonOptions.Criteria();
        var villages = CommonOptions.Villages();
        var plugins = CommonOptions.Plugins();
        var format = new Option<string>("--format", "-f") { Description = "table (default), csv, json, jsonl or xlsx (an Excel workbook; needs --out).", DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "csv", "json", "jsonl", "xlsx");
        var output = new Option<string?>("--out", "-o") { Description = "Write the results to this file instead of standard output (atomically: no partial file on failure)." };
        var lang = CommonOptions.Lang();
        var inputFormat = CommonOptions.InputFormat();
        var sheet = CommonOptions.Sheet();
        var strict = CommonOptions.Strict();
        var command = new Command("score", "Rate every village of a file and print the township table and summary.\nExample: fivestar score --criteria samples/Hanzhuang/hanzhuang-2022.json --villages samples/Hanzhuang/villages.csv")
        {
            criteria, villages, plugins, format, output, lang, inputFormat, sheet, strict,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () => Run(
            context,
            result.GetValue(criteria)!,
            result.GetValue(villages)!,
            result.GetValue(plugins),
            result.GetValue(format)!,
            result.GetValue(output),
            new Language(result.GetValue(lang)!),
            CommonOptions.ParseFormat(result.GetValue(inputFormat)),
            result.GetValue(sheet),
            result.GetValue(strict),
            cancellationToken))));
        return command;
    }

    private static int Run(CliContext context, string criteriaPath, string villagesPath, string? plugins, string format, string? outputPath, Language language, Villages.Reading.VillageFileFormat? inputFormat, string? sheet, bool strict, CancellationToken cancellationToken)
    {
        var workbook = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (workbook && string.IsNullOrEmpty(outputPath))
        {
            throw new CliException(Localizer.Format(language.Library, nameof(Messages.Score_WorkbookNeedsOut)));
        }

        // The output folder is checked (and the temporary file created) before the criteria are compiled.
        using var target = OutputTarget.Open(outputPath, context.Output, language.Library);
        var rater = RaterLoader.Load(criteriaPath, villagesPath, plugins, inputFormat, sheet, strict, context.Error, language.Library, cancellationToken);
        using var reader = RaterLoader.OpenVillages(villagesPath, rater, inputFormat, sheet);
        using var writer = workbook
            ? new XlsxResultWriter(rater, target.File!, language, cancellationToken)
            : ResultWriter.Create(format, target.Writer, language, cancellationToken);
        var results = rater.CreateBuffer(BlockSize);
        var summary = new RatingSummaryBuilder(rater);
        var progress = new ProgressReporter(context);
        var villagesWithErrors = 0L;
        using (var blocks = new PrefetchingReader(reader, rater, BlockSize))
        {
            // One thread rates and writes while the other reads the next block.
            while (blocks.Next() is { } batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rater.Rate(batch, results);
                summary.Add(batch, results);
                writer.WriteBlock(rater, batch, results);
                for (var v = 0; v < batch.Count; v++)
                {
                    if (batch.HasErrors(v))
                    {
                        villagesWithErrors++;
                        foreach (var problem in batch.GetProblems(v))
                        {
                            context.Error.WriteLine($"{Where(villagesPath, problem)}: {TerminalText.Display(batch.GetId(v), MessageIdWidth)}: {TerminalText.Escape(problem.Message)}");
                        }
                    }
                }

                progress.Report(blocks.VillagesRead, blocks.Progress);
            }
        }

        progress.Done();
        cancellationToken.ThrowIfCancellationRequested();
        var fileErrors = 0;
        foreach (var warning in reader.Warnings.Concat(reader.MissingCriterionColumns(rater, language.Library)))
        {
            // A problem of the file itself (data after a JSON array, an element that is no village) is an error, not news.
            var error = warning.Severity == ProblemSeverity.Error;
            fileErrors += error ? 1 : 0;
            context.Error.WriteLine(Localizer.Format(language.Library, error ? nameof(Messages.Score_FileError) : nameof(Messages.Score_FileWarning), Where(villagesPath, warning), TerminalText.Escape(warning.Message)));
        }

        writer.WriteSummary(rater, summary.Build());
        target.Commit();
        if (villagesWithErrors > 0)
        {
            context.Error.WriteLine(language.T(
                $"{villagesWithErrors} 个村的数据有错误，未参加汇总；其余各村已评定。",
                villagesWithErrors == 1
                    ? "1 village has data errors and is left out of the summary; every other village was rated."
                    : $"{villagesWithErrors} villages have data errors and are left out of the summary; every other village was rated."));
            return ExitCodes.DataProblems;
        }

        return fileErrors > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
    }

    /// <summary>Where a problem is: <c>file:line:column</c>, or <c>file: Sheet!F6</c> for a workbook's cell.</summary>
    internal static string Where(string path, DataProblem problem) =>
        problem.Cell is { } cell ? $"{path}: {cell}" : $"{path}:{problem.Line}:{problem.Column ?? 1}";
}
