using FiveStar.Compilation.Plan;
using FiveStar.Criteria;
using FiveStar.Criteria.Awards;
using FiveStar.Rating;

namespace FiveStar.Compilation.Planning;

/// <summary>
/// The planning stage: how each category's star is decided from the predicate bits (its criteria and required criteria
/// as masks, the categories it requires, the vetoes that revoke it, where its points go), in an order that decides every
/// prerequisite before the stars that need it.
/// </summary>
internal static class AwardPlanner
{
    /// <summary>Plans every category's award.</summary>
    /// <param name="document">The document.</param>
    /// <param name="categoryCriteria">The predicate indices of each category's criteria, in document order.</param>
    /// <param name="predicates">The criteria followed by the vetoes.</param>
    /// <param name="criteriaCount">How many of <paramref name="predicates"/> are criteria.</param>
    /// <returns>The plans, prerequisites first.</returns>
    public static List<CategoryPlan> Build(CriteriaDocument document, IReadOnlyList<IReadOnlyList<int>> categoryCriteria, IReadOnlyList<CompiledPredicate> predicates, int criteriaCount)
    {
        var words = Math.Max(1, (predicates.Count + 63) / 64);
        var plans = new List<CategoryPlan>();
        var pointsIndex = 0;
        for (var c = 0; c < document.Categories.Count; c++)
        {
            var category = document.Categories[c];
            var mask = new ulong[words];
            var required = new ulong[words];
            foreach (var p in categoryCriteria[c])
            {
                mask[p / 64] |= 1UL << (p % 64);
                if (category.Award.Required.Contains(predicates[p].Id))
                {
                    required[p / 64] |= 1UL << (p % 64);
                }
            }

            var requires = 0UL;
            foreach (var id in category.Requires)
            {
                var index = document.Categories.ToList().FindIndex(x => x.Id == id);
                requires |= 1UL << index;
            }

            var vetoes = predicates.Skip(criteriaCount)
                .Where(p => document.Vetoes[p.VetoIndex] is { Scope: VetoScope.Category } veto && veto.Category == category.Id)
                .Select(p => p.Index)
                .ToArray();
            var rule = AwardKindTable.Of(category.Award.Kind);
            plans.Add(new CategoryPlan
            {
                Index = c,
                Definition = category,
                Rule = rule,
                Mask = mask,
                RequiredMask = required,
                Predicates = [.. categoryCriteria[c]],
                RequiresMask = requires,
                Vetoes = vetoes,
                PointsIndex = rule.CountsPoints || document.Level.Mode == LevelMode.ScoreBands ? pointsIndex++ : -1,
            });
        }

        // Decide prerequisites before the stars that need them.
        var ordered = new List<CategoryPlan>();
        var done = 0UL;
        while (ordered.Count < plans.Count)
        {
            foreach (var plan in plans.Where(p => (done & (1UL << p.Index)) == 0 && (p.RequiresMask & ~done) == 0))
            {
                ordered.Add(plan);
                done |= 1UL << plan.Index;
            }
        }

        return ordered;
    }
}
