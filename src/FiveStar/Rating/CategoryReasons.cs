using System.Globalization;
using FiveStar.Compilation.Plan;
using FiveStar.Criteria;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>Says, in words from the resources, why a star was not awarded to a village: one sentence per <see cref="CategoryOutcome"/>.</summary>
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
        var failed = string.Join(", ", criteria.Where(c => c.State != CriterionState.Passed).Select(c => c.Id));
        switch (outcome)
        {
            case CategoryOutcome.CriteriaNotMet when plan.Award == AwardKind.AtLeast:
                var met = criteria.Count(c => c.State == CriterionState.Passed);
                return Localizer.Format(language, nameof(Messages.Reason_AtLeastNotMet), met, criteria.Count, plan.Count, failed);
            case CategoryOutcome.CriteriaNotMet:
                return Localizer.Format(language, nameof(Messages.Reason_CriteriaNotMet), failed);
            case CategoryOutcome.PointsBelowThreshold:
                var earned = points[plan.PointsIndex].ToString("0.##", CultureInfo.InvariantCulture);
                var needed = plan.Threshold.ToString("0.##", CultureInfo.InvariantCulture);
                return Localizer.Format(language, nameof(Messages.Reason_PointsBelowThreshold), earned, needed);
            case CategoryOutcome.RequiredCriterionNotMet:
                var required = string.Join(", ", plan.Definition.Award.Required.Where(r => criteria.Any(c => c.Id == r && c.State != CriterionState.Passed)));
                return Localizer.Format(language, nameof(Messages.Reason_RequiredNotMet), required);
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
