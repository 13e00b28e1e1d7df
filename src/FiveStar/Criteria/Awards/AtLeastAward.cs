using System.Numerics;
using FiveStar.Criteria.Building;
using FiveStar.Criteria.Json;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Criteria.Awards;

/// <summary>The rule <c>at_least</c>: at least <see cref="AwardRule.Count"/> of the enabled criteria must be met.</summary>
internal sealed class AtLeastAward() : AwardKindRule(AwardKind.AtLeast, "at_least", [nameof(Messages.Reason_AtLeastNotMet)])
{
    public override AwardRule Read(AwardDto dto, SourceRef source, string categoryId, List<CriterionDefinition> enabled, BuildContext context)
    {
        if (dto.Count is null)
        {
            context.Report(source.Child("count"), categoryId, nameof(Messages.Build_AtLeastCountMissing), enabled.Count, categoryId);
        }
        else if (dto.Count < 1 || dto.Count > enabled.Count)
        {
            context.Report(source.Child("count"), categoryId, nameof(Messages.Build_AtLeastCount), enabled.Count, categoryId, dto.Count.Value);
        }

        return new AwardRule(AwardKind.AtLeast, dto.Count, null, []);
    }

    public override int? CountThatAwards(AwardRule award, int criteria) => award.Count ?? 0;

    public override CategoryOutcome Decide(ReadOnlySpan<ulong> met, ReadOnlySpan<ulong> mask, ReadOnlySpan<ulong> requiredMask, AwardRule award, double earned)
    {
        var count = 0;
        for (var w = 0; w < mask.Length; w++)
        {
            count += BitOperations.PopCount(met[w] & mask[w]);
        }

        return count < (award.Count ?? 0) ? CategoryOutcome.CriteriaNotMet : CategoryOutcome.Awarded;
    }

    public override string? Reason(CategoryOutcome outcome, AwardRule award, IReadOnlyList<CriterionResult> criteria, double earned, Language language) =>
        outcome == CategoryOutcome.CriteriaNotMet
            ? Localizer.Format(language, nameof(Messages.Reason_AtLeastNotMet), criteria.Count(c => c.State == CriterionState.Passed), criteria.Count, award.Count ?? 0, NotPassed(criteria))
            : null;

    public override IEnumerable<T> ToFix<T>(IReadOnlyList<(T Criterion, double Points, bool Required)> unmet, AwardRule award, int met, double earned) =>
        unmet.Take(Math.Max(0, (award.Count ?? 0) - met)).Select(u => u.Criterion);
}
