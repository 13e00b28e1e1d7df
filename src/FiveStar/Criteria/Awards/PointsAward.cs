using System.Globalization;
using FiveStar.Criteria.Building;
using FiveStar.Criteria.Json;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Criteria.Awards;

/// <summary>
/// The rule <c>points</c>: the points of the criteria met must reach <see cref="AwardRule.Threshold"/>, and every
/// criterion of <see cref="AwardRule.Required"/> must be met whatever the points.
/// </summary>
internal sealed class PointsAward() : AwardKindRule(AwardKind.Points, "points", [nameof(Messages.Reason_RequiredNotMet), nameof(Messages.Reason_PointsBelowThreshold)], countsPoints: true)
{
    public override AwardRule Read(AwardDto dto, SourceRef source, string categoryId, List<CriterionDefinition> enabled, BuildContext context)
    {
        var total = enabled.Sum(c => c.Points ?? 0);
        var withoutPoints = enabled.Where(c => c.Points is null).Select(c => c.Id).ToList();
        if (withoutPoints.Count > 0 && withoutPoints.Count == enabled.Count)
        {
            // One cause (the star switched to points, none of its criteria given any), one error at the award rule:
            // the line a town's override wrote, not one per criterion in a file the town does not have.
            context.Report(source.Child("rule"), categoryId, nameof(Messages.Build_PointsCriteriaWithoutPoints), categoryId, string.Join(", ", withoutPoints), withoutPoints.Count);
        }
        else if (withoutPoints.Count > 0)
        {
            // Some criteria have points and some were forgotten: each forgotten one is its own mistake.
            foreach (var criterion in enabled.Where(c => c.Points is null))
            {
                context.Report(criterion.Source, criterion.Id, nameof(Messages.Build_PointsCriterionWithoutPoints), categoryId, criterion.Id);
            }
        }
        else if (dto.Threshold is not { } threshold || !double.IsFinite(threshold) || threshold <= 0 || threshold > total)
        {
            context.Report(source.Child("threshold"), categoryId, nameof(Messages.Build_PointsThreshold), BuildContext.Format(total), BuildContext.Format(dto.Threshold));
        }

        var required = dto.Required ?? [];
        foreach (var id in required.Where(id => !enabled.Any(c => c.Id == id)))
        {
            context.Report(source.Child("required"), categoryId, nameof(Messages.Build_PointsRequiredUnknown), id, categoryId, IdSuggestion.Hint(context.Language, id, enabled.Select(c => c.Id)), string.Join(", ", enabled.Select(c => c.Id)));
        }

        return new AwardRule(AwardKind.Points, null, dto.Threshold, required);
    }

    // Points are summed per criterion, which a count of bits cannot do: the decider decides this rule.
    public override int? CountThatAwards(AwardRule award, int criteria) => null;

    public override CategoryOutcome Decide(ReadOnlySpan<ulong> met, ReadOnlySpan<ulong> mask, ReadOnlySpan<ulong> requiredMask, AwardRule award, double earned)
    {
        for (var w = 0; w < requiredMask.Length; w++)
        {
            if ((met[w] & requiredMask[w]) != requiredMask[w])
            {
                return CategoryOutcome.RequiredCriterionNotMet;
            }
        }

        return earned < (award.Threshold ?? 0) ? CategoryOutcome.PointsBelowThreshold : CategoryOutcome.Awarded;
    }

    public override string? Reason(CategoryOutcome outcome, AwardRule award, IReadOnlyList<CriterionResult> criteria, double earned, Language language) => outcome switch
    {
        CategoryOutcome.RequiredCriterionNotMet => Localizer.Format(
            language,
            nameof(Messages.Reason_RequiredNotMet),
            string.Join(", ", award.Required.Where(r => criteria.Any(c => c.Id == r && c.State != CriterionState.Passed)))),
        CategoryOutcome.PointsBelowThreshold => Localizer.Format(
            language,
            nameof(Messages.Reason_PointsBelowThreshold),
            earned.ToString("0.##", CultureInfo.InvariantCulture),
            (award.Threshold ?? 0).ToString("0.##", CultureInfo.InvariantCulture)),
        _ => null,
    };

    public override IEnumerable<T> ToFix<T>(IReadOnlyList<(T Criterion, double Points, bool Required)> unmet, AwardRule award, int met, double earned)
    {
        // Every required criterion first, then the richest of the rest until the points reach the threshold.
        var deficit = (award.Threshold ?? 0) - earned;
        var chosen = unmet.Where(u => u.Required).Select(u => u.Criterion).ToList();
        deficit -= unmet.Where(u => u.Required).Sum(u => u.Points);
        foreach (var candidate in unmet.Where(u => !u.Required).OrderByDescending(u => u.Points))
        {
            if (deficit <= 0)
            {
                break;
            }

            chosen.Add(candidate.Criterion);
            deficit -= candidate.Points;
        }

        return chosen;
    }
}
