using FiveStar.Compilation.Plan;
using FiveStar.Criteria;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>
/// Says, in words from the resources, why a star was not awarded to a village: one sentence per <see cref="CategoryOutcome"/>,
/// those of the criteria in the words of the category's award rule.
/// </summary>
internal sealed class CategoryReasons(CriteriaDocument document, IReadOnlyList<CompiledPredicate> predicates)
{
    /// <summary>The reason a category was not awarded.</summary>
    /// <param name="plan">The category's plan.</param>
    /// <param name="outcome">Its outcome.</param>
    /// <param name="criteria">Its criteria as rated.</param>
    /// <param name="points">Each points-counting category's points.</param>
    /// <param name="decision">The village's decision.</param>
    /// <param name="passed">The village's passed bits.</param>
    /// <param name="language">The language of the reason.</param>
    /// <returns>The reason; empty for an outcome that needs none.</returns>
    public string For(CategoryPlan plan, CategoryOutcome outcome, List<CriterionResult> criteria, double[] points, AwardDecision decision, ReadOnlySpan<ulong> passed, Language language)
    {
        // The rule's own outcomes (criteria, required criteria, points) it words itself; the rest are the same for every rule.
        var earned = plan.PointsIndex >= 0 ? points[plan.PointsIndex] : 0;
        if (plan.Rule.Reason(outcome, plan.Definition.Award, criteria, earned, language) is { } reason)
        {
            return reason;
        }

        switch (outcome)
        {
            case CategoryOutcome.Vetoed:
                var vetoes = new List<string>();
                foreach (var v in plan.Vetoes)
                {
                    if ((passed[v / 64] & (1UL << (v % 64))) != 0)
                    {
                        vetoes.Add(document.Vetoes[predicates[v].VetoIndex].Reason.In(language));
                    }
                }

                return Localizer.Format(language, nameof(Messages.Reason_Vetoed), string.Join("; ", vetoes));
            case CategoryOutcome.PrerequisiteNotMet:
                var missingStars = plan.Definition.Requires.Where(r => (decision.Awarded & (1UL << document.Categories.ToList().FindIndex(c => c.Id == r))) == 0)
                    .Select(r => document.Categories.First(c => c.Id == r).Name.In(language));
                return Localizer.Format(language, nameof(Messages.Reason_RequiresFirst), string.Join(", ", missingStars));
            case CategoryOutcome.RatingVoided:
                return Localizer.Format(language, nameof(Messages.Reason_RatingVoided));
            default:
                return string.Empty;
        }
    }
}
