using System.CommandLine;
using FiveStar.Cli.Analysis;
using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar gap</c>: what each village lacks for its next star, cheapest first (查找短板、补齐弱项).</summary>
internal static class GapCommand
{
    public static Command Create(CliContext context)
    {
        var criteria = CommonOptions.Criteria();
        var villages = CommonOptions.Villages();
        var village = new Option<string?>("--village") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_GapVillage)) };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var inputFormat = CommonOptions.InputFormat();
        var sheet = CommonOptions.Sheet();
        var strict = CommonOptions.Strict();
        var command = new Command("gap", Localizer.Format(CliText.Language, nameof(Messages.Help_Gap)))
        {
            criteria, villages, village, plugins, lang, inputFormat, sheet, strict,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () =>
        {
            var language = Language.Parse(result.GetValue(lang)!);
            var format = CommonOptions.ParseFormat(result.GetValue(inputFormat));
            var rater = RaterLoader.Load(result.GetValue(criteria)!, result.GetValue(villages), result.GetValue(plugins), format, result.GetValue(sheet), result.GetValue(strict), context.Error, Language.Parse(result.GetValue(lang)!), cancellationToken);
            using var reader = RaterLoader.OpenVillages(result.GetValue(villages)!, rater, format, result.GetValue(sheet));
            var found = 0;
            var problems = VillageFinder.ForEach(rater, reader, result.GetValue(village), language, (rating, _, _) =>
            {
                found++;
                var gap = rater.Gap(rating, language);
                context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Gap_VillageStars), rating.Name, rating.Id, rating.Stars));
                if (gap.Missing.Count == 0)
                {
                    context.Output.WriteLine("  " + Localizer.Format(language, nameof(Messages.Gap_HoldsEveryStar)));
                }

                foreach (var star in gap.Missing)
                {
                    var heading = star == gap.Next ? Localizer.Format(language, nameof(Messages.Gap_NextStar))
                        : star.Status == StarGapStatus.Attainable ? Localizer.Format(language, nameof(Messages.Gap_Then))
                        : Localizer.Format(language, nameof(Messages.Gap_NotYet));
                    // A star blocked only by a prerequisite or a veto has no criterion of its own to fix: say only what blocks it.
                    var toFix = star.CriteriaToFix > 0 ? Localizer.Format(language, nameof(Messages.Gap_FixAtLeast), star.CriteriaToFix) : null;
                    var what = string.Join(" ", new[] { toFix, star.Blocker is null ? null : toFix is null ? star.Blocker : $"({star.Blocker})" }.Where(t => t is not null));
                    context.Output.WriteLine($"  {heading}: {star.CategoryName.In(language)} — {what}");
                    foreach (var criterion in star.Criteria)
                    {
                        context.Output.WriteLine($"    - {CriterionLabel(criterion, language)}: {criterion.Detail}");
                    }
                }

                context.Output.WriteLine();
            }, cancellationToken);
            if (found == 0 && result.GetValue(village) is { } wanted)
            {
                throw new CliException(Localizer.Format(language, nameof(Messages.Cli_VillageNotFound), wanted));
            }

            return problems > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
        })));
        return command;
    }

    /// <summary>The criterion's id and name, as the gap and the report list it.</summary>
    internal static string CriterionLabel(CriterionGap criterion, Language language) =>
        criterion.Name.In(language) is { Length: > 0 } name ? $"{criterion.CriterionId} {name}" : criterion.CriterionId;
}
