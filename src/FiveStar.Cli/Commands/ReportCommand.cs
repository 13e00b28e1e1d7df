using System.CommandLine;
using FiveStar.Cli.Analysis;
using FiveStar.Cli.Output;
using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar report</c>: a self-contained HTML report of the township's ratings.</summary>
internal static class ReportCommand
{
    /// <summary>The most villages one report holds (a county has hundreds, a province tens of thousands).</summary>
    public const int MaxVillages = 20_000;

    public static Command Create(CliContext context)
    {
        var criteria = CommonOptions.Criteria();
        var villages = CommonOptions.Villages();
        var output = new Option<string>("--out", "-o") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_ReportOut)), Required = true };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var inputFormat = CommonOptions.InputFormat();
        var sheet = CommonOptions.Sheet();
        var strict = CommonOptions.Strict();
        var previous = new Option<string?>("--previous") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_ReportPrevious)) };
        var command = new Command("report", Localizer.Format(CliText.Language, nameof(Messages.Help_Report)))
        {
            criteria, villages, output, plugins, lang, inputFormat, sheet, previous, strict,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () =>
        {
            var language = Language.Parse(result.GetValue(lang)!);
            using var target = OutputTarget.Open(result.GetValue(output), context.Output, language);
            var format = CommonOptions.ParseFormat(result.GetValue(inputFormat));
            var previousPath = result.GetValue(previous);
            var previousResults = previousPath is null ? null : ReadPrevious(previousPath, language);
            var rater = RaterLoader.Load(result.GetValue(criteria)!, result.GetValue(villages), result.GetValue(plugins), format, result.GetValue(sheet), result.GetValue(strict), context.Error, Language.Parse(result.GetValue(lang)!), cancellationToken);
            using var reader = RaterLoader.OpenVillages(result.GetValue(villages)!, rater, format, result.GetValue(sheet));
            var report = new HtmlReport(rater, language);
            var summary = new RatingSummaryBuilder(rater);
            var count = 0;
            var problems = VillageFinder.ForEach(rater, reader, null, language, (rating, _, _) =>
            {
                if (++count > MaxVillages)
                {
                    // The report holds every village's full rating until it is written: bounded, with advice, rather than gigabytes.
                    throw new CliException(Localizer.Format(language, nameof(Messages.Report_TooManyVillages), result.GetValue(villages), MaxVillages));
                }

                report.Add(rating);
                summary.Add(rating);
            }, cancellationToken);
            string html;
            try
            {
                html = report.Render(summary.Build(), previousResults, previousPath is null ? null : Path.GetFileName(previousPath));
            }
            catch (ResultsFormatException exception) when (previousPath is not null)
            {
                // The comparison finds what reading cannot (an id the previous results list twice): the same located refusal.
                throw new CliException(Localizer.Format(language, nameof(Messages.Report_PreviousUnreadable), previousPath, exception.Message));
            }

            target.Writer.Write(html);
            target.Commit();
            context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Report_Written), result.GetValue(output)));
            return problems > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
        })));
        return command;
    }

    private static ResultsDocument ReadPrevious(string path, Language language)
    {
        RaterLoader.RequireFile(path, "results");
        try
        {
            return RatingJson.Read(path);
        }
        catch (ResultsFormatException exception)
        {
            throw new CliException(Localizer.Format(language, nameof(Messages.Report_PreviousUnreadable), path, exception.Message));
        }
    }
}
