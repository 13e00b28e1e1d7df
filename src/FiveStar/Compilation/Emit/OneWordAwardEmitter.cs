using System.Linq.Expressions;
using System.Numerics;
using FiveStar.Compilation.Plan;
using FiveStar.Criteria;
using FiveStar.Expressions;

namespace FiveStar.Compilation.Emit;

/// <summary>
/// Compiles the award rules of a one-word, star-count document into one delegate from a village's criterion bits to
/// its awarded stars, with every mask and count a constant and no branch: what a hand-written rater would do.
/// </summary>
internal static class OneWordAwardEmitter
{
    private static readonly System.Reflection.MethodInfo PopCount = typeof(BitOperations).GetMethod(nameof(BitOperations.PopCount), [typeof(ulong)])!;

    /// <summary>
    /// The award delegate when every predicate fits one word, no category counts points and the level is the star
    /// count (the usual five-star document); otherwise <see langword="null"/>, and the rater decides rule by rule.
    /// </summary>
    public static Func<ulong, ulong>? TryEmit(CriteriaDocument document, IReadOnlyList<CategoryPlan> plans, int words)
    {
        if (words != 1 || document.Level.Mode != LevelMode.StarCount || plans.Any(p => p.PointsIndex >= 0 || CountThatAwards(p) is null))
        {
            return null;
        }

        return Emit(plans.Select(p => new OneWordAwardStep(
            p.Mask[0],
            CountThatAwards(p)!.Value,
            p.Vetoes.Aggregate(0UL, (mask, veto) => mask | (1UL << veto)),
            p.RequiresMask,
            p.Index)).ToArray());
    }

    /// <summary>How many criteria met award the star when the category's rule decides by count alone, else <see langword="null"/>.</summary>
    private static int? CountThatAwards(CategoryPlan plan) =>
        plan.Rule.CountThatAwards(plan.Definition.Award, BitOperations.PopCount(plan.Mask[0]));

    private static Func<ulong, ulong> Emit(IReadOnlyList<OneWordAwardStep> steps)
    {
        var bits = Expression.Parameter(typeof(ulong), "bits");
        var awarded = Expression.Variable(typeof(ulong), "awarded");
        var body = new List<Expression> { Expression.Assign(awarded, Expression.Constant(0UL)) };
        foreach (var step in steps)
        {
            var mask = Expression.Constant(step.Mask);
            Expression met = step.Count == BitOperations.PopCount(step.Mask)
                ? Expression.Equal(Expression.And(bits, mask), mask)
                : Expression.GreaterThanOrEqual(Expression.Call(PopCount, Expression.And(bits, mask)), Expression.Constant(step.Count));
            if (step.VetoMask != 0)
            {
                met = Expression.And(met, Expression.Equal(Expression.And(bits, Expression.Constant(step.VetoMask)), Expression.Constant(0UL)));
            }

            if (step.RequiresMask != 0)
            {
                var requires = Expression.Constant(step.RequiresMask);
                met = Expression.And(met, Expression.Equal(Expression.And(awarded, requires), requires));
            }

            body.Add(Expression.OrAssign(awarded, Expression.LeftShift(Expression.Call(RowAccess.BitMethod, met), Expression.Constant(step.Index))));
        }

        body.Add(awarded);
        return DelegateCompiler.Compile(Expression.Lambda<Func<ulong, ulong>>(Expression.Block(typeof(ulong), [awarded], body), bits));
    }
}
