using System.CommandLine;
using FiveStar.Cli.Output;
using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar diff</c>: stars gained and lost per village between two rating periods, and the township totals.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var earlier = new Argument<string>("earlier-results") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_DiffEarlier)) };
        var later = new Argument<string>("later-results") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_DiffLater)) };
        var lang = CommonOptions.Lang();
        var command = new Command("diff", Localizer.Format(CliText.Language, nameof(Messages.Help_Diff)))
        {
            earlier, later, lang,
        };
        command.SetAction(result => CliApp.Guard(context, () => Run(context, result.GetValue(earlier)!, result.GetValue(later)!, Language.Parse(result.GetValue(lang)!))));
        return command;
    }

    private static int Run(CliContext context, string earlierPath, string laterPath, Language language)
    {
        ResultsDiff diff;
        using (var earlier = Open(earlierPath))
        using (var later = Open(laterPath))
        {
            // Both files are streamed: the earlier one is kept as compact snapshots, the later one read a village at a time.
            try
            {
                diff = ResultsComparer.Compare(earlier, later);
            }
            catch (ResultsFormatException exception)
            {
                // The message names the file, the village and its line: a duplicated id, a fractional star count, a null id.
                throw new CliException(exception.Message);
            }
        }

        foreach (var change in diff.Villages)
        {
            // Names and ids come from files: shown escaped and cut, as in the score table.
            var village = new { Name = TerminalText.Display(change.Name, TableResultWriter.NameWidth), Id = TerminalText.Display(change.Id, TableResultWriter.IdWidth), change.Kind, change.StarsBefore, change.StarsAfter, Gained = change.Gained.Select(TerminalText.Escape), Lost = change.Lost.Select(TerminalText.Escape) };
            var line = village.Kind switch
            {
                VillageChangeKind.Added => Localizer.Format(language, nameof(Messages.Diff_Added), village.Name, village.Id, Count(village.StarsAfter, language)),
                VillageChangeKind.Removed => Localizer.Format(language, nameof(Messages.Diff_Removed), village.Name, village.Id),
                // Stars of a village with data errors are not a rating: say so rather than count them as gained or lost.
                VillageChangeKind.RatedChanged => $"{village.Name} ({village.Id}): {Count(village.StarsBefore, language)} → {Count(village.StarsAfter, language)}",
                _ => $"{village.Name} ({village.Id}): {village.StarsBefore} → {village.StarsAfter}  {string.Join(" ", village.Gained.Select(g => "+" + g).Concat(village.Lost.Select(l => "-" + l)))}",
            };
            context.Output.WriteLine(line);
        }

        context.Output.WriteLine();
        context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Diff_ByCategory)));
        foreach (var (category, count) in diff.ByCategory)
        {
            context.Output.WriteLine($"  {TerminalText.Escape(category)}: {count.Before} → {count.After}");
        }

        // Township totals count rated villages only, as the summaries of the two results files do.
        context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Diff_ByStars)));
        foreach (var (stars, count) in diff.ByStars)
        {
            context.Output.WriteLine($"  {stars}: {count.Before} → {count.After}");
        }

        if (diff.NotRated.Before + diff.NotRated.After > 0)
        {
            context.Output.WriteLine($"  {Localizer.Format(language, nameof(Messages.Diff_NotRated))}: {diff.NotRated.Before} → {diff.NotRated.After}");
        }

        return ExitCodes.Success;
    }

    private static string Count(int? stars, Language language) =>
        stars is { } count ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) : Localizer.Format(language, nameof(Messages.Report_NotRated));

    private static ResultsReader Open(string path)
    {
        RaterLoader.RequireFile(path, "results");
        return Guard(path, path, () => ResultsReader.Open(path), Language.Current);
    }

    private static T Guard<T>(string earlierPath, string laterPath, Func<T> action, Language language)
    {
        try
        {
            return action();
        }
        catch (ResultsFormatException exception)
        {
            var path = earlierPath == laterPath ? earlierPath : Localizer.Format(language, nameof(Messages.Diff_EitherFile), earlierPath, laterPath);
            throw new CliException(Localizer.Format(language, nameof(Messages.Diff_NotResults), path, exception.Message));
        }
    }
}
