using System.CommandLine;
using FiveStar.Cli.Analysis;
using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar gap</c>: what each village lacks for its next star, cheapest first (查找短板、补齐弱项).</summary>
internal static class GapCommand
{
    public static Command Create(CliContext context) => VillageCommand.Create(
        context,
        "gap",
        nameof(Messages.Help_Gap),
        new Option<string?>("--village") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_GapVillage)) },
        Write);

    private static void Write(TextWriter output, StarRater rater, VillageRating rating, Language language)
    {
        var gap = rater.Gap(rating, language);
        output.WriteLine(Localizer.Format(language, nameof(Messages.Gap_VillageStars), rating.Name, rating.Id, rating.Stars));
        if (gap.Missing.Count == 0)
        {
            output.WriteLine("  " + Localizer.Format(language, nameof(Messages.Gap_HoldsEveryStar)));
        }

        foreach (var star in gap.Missing)
        {
            var heading = star == gap.Next ? Localizer.Format(language, nameof(Messages.Gap_NextStar))
                : star.Status == StarGapStatus.Attainable ? Localizer.Format(language, nameof(Messages.Gap_Then))
                : Localizer.Format(language, nameof(Messages.Gap_NotYet));
            // A star blocked only by a prerequisite or a veto has no criterion of its own to fix: say only what blocks it.
            var toFix = star.CriteriaToFix > 0 ? Localizer.Format(language, nameof(Messages.Gap_FixAtLeast), star.CriteriaToFix) : null;
            var what = string.Join(" ", new[] { toFix, star.Blocker is null ? null : toFix is null ? star.Blocker : $"({star.Blocker})" }.Where(t => t is not null));
            output.WriteLine($"  {heading}: {star.CategoryName.In(language)} — {what}");
            foreach (var criterion in star.Criteria)
            {
                output.WriteLine($"    - {CriterionLabel(criterion, language)}: {criterion.Detail}");
            }
        }

        output.WriteLine();
    }

    /// <summary>The criterion's id and name, as the gap and the report list it.</summary>
    internal static string CriterionLabel(CriterionGap criterion, Language language) =>
        criterion.Name.In(language) is { Length: > 0 } name ? $"{criterion.CriterionId} {name}" : criterion.CriterionId;
}
