using FiveStar.Criteria.Building;
using FiveStar.Criteria.Json;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Criteria.Awards;

/// <summary>The rule <c>all</c>, the default: every enabled criterion must be met.</summary>
internal sealed class AllCriteriaAward() : AwardKindRule(AwardKind.All, "all", [nameof(Messages.Reason_CriteriaNotMet)])
{
    public override AwardRule Read(AwardDto dto, SourceRef source, string categoryId, List<CriterionDefinition> enabled, BuildContext context) =>
        AwardRule.AllCriteria;

    public override int? CountThatAwards(AwardRule award, int criteria) => criteria;

    public override CategoryOutcome Decide(ReadOnlySpan<ulong> met, ReadOnlySpan<ulong> mask, ReadOnlySpan<ulong> requiredMask, AwardRule award, double earned)
    {
        for (var w = 0; w < mask.Length; w++)
        {
            if ((met[w] & mask[w]) != mask[w])
            {
                return CategoryOutcome.CriteriaNotMet;
            }
        }

        return CategoryOutcome.Awarded;
    }

    public override string? Reason(CategoryOutcome outcome, AwardRule award, IReadOnlyList<CriterionResult> criteria, double earned, Language language) =>
        outcome == CategoryOutcome.CriteriaNotMet ? Localizer.Format(language, nameof(Messages.Reason_CriteriaNotMet), NotPassed(criteria)) : null;

    public override IEnumerable<T> ToFix<T>(IReadOnlyList<(T Criterion, double Points, bool Required)> unmet, AwardRule award, int met, double earned) =>
        unmet.Select(u => u.Criterion);
}
