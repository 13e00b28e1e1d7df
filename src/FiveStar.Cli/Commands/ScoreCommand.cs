using System.CommandLine;
using FiveStar.Cli.Output;
using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;
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
        var format = new Option<string>("--format", "-f") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_ScoreFormat)), DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "csv", "json", "jsonl", "xlsx");
        var output = new Option<string?>("--out", "-o") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_ScoreOut)) };
        var lang = CommonOptions.Lang();
        var inputFormat = CommonOptions.InputFormat();
        var sheet = CommonOptions.Sheet();
        var strict = CommonOptions.Strict();
        var command = new Command("score", Localizer.Format(CliText.Language, nameof(Messages.Help_Score)))
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
            Language.Parse(result.GetValue(lang)!),
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
            throw new CliException(Localizer.Format(language, nameof(Messages.Score_WorkbookNeedsOut)));
        }

        // The output folder is checked (and the temporary file created) before the criteria are compiled.
        using var target = OutputTarget.Open(outputPath, context.Output, language);
        var rater = RaterLoader.Load(criteriaPath, villagesPath, plugins, inputFormat, sheet, strict, context.Error, language, cancellationToken);
        using var reader = RaterLoader.OpenVillages(villagesPath, rater, inputFormat, sheet);
        using var writer = workbook
            ? new XlsxResultWriter(rater, target.File!, language, cancellationToken)
            : ResultWriter.Create(format, target.Writer, language, cancellationToken);
        var results = rater.CreateBuffer(BlockSize);
        var summary = new RatingSummaryBuilder(rater);
        var progress = new ProgressReporter(context);
        var villagesWithErrors = 0L;
        var youngGeneration = new YoungGenerationCap();
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
                youngGeneration.AfterBlock();
            }
        }

        progress.Done();
        cancellationToken.ThrowIfCancellationRequested();
        var fileErrors = 0;
        foreach (var warning in reader.Warnings.Concat(reader.MissingCriterionColumns(rater, language)))
        {
            // A problem of the file itself (data after a JSON array, an element that is no village) is an error, not news.
            var error = warning.Severity == ProblemSeverity.Error;
            fileErrors += error ? 1 : 0;
            context.Error.WriteLine(Localizer.Format(language, error ? nameof(Messages.Score_FileError) : nameof(Messages.Score_FileWarning), Where(villagesPath, warning), TerminalText.Escape(warning.Message)));
        }

        writer.WriteSummary(rater, summary.Build());
        target.Commit();
        if (villagesWithErrors > 0)
        {
            context.Error.WriteLine(villagesWithErrors == 1
                ? Localizer.Format(language, nameof(Messages.Score_OneVillageWithErrors))
                : Localizer.Format(language, nameof(Messages.Score_VillagesWithErrors), villagesWithErrors));
            return ExitCodes.DataProblems;
        }

        return fileErrors > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
    }

    /// <summary>Where a problem is: <c>file:line:column</c>, or <c>file: Sheet!F6</c> for a workbook's cell.</summary>
    internal static string Where(string path, DataProblem problem) =>
        problem.Cell is { } cell ? $"{path}: {cell}" : $"{path}:{problem.Line}:{problem.Column ?? 1}";
}
