using System.Linq.Expressions;
using System.Numerics;
using FiveStar.Rating;

namespace FiveStar.Compilation;

/// <summary>
/// Compiles the award rules of a one-word, star-count document into one delegate from a village's criterion bits to
/// its awarded stars, with every mask and count a constant and no branch: what a hand-written rater would do.
/// </summary>
internal static class OneWordAwardEmitter
{
    private static readonly System.Reflection.MethodInfo PopCount = typeof(BitOperations).GetMethod(nameof(BitOperations.PopCount), [typeof(ulong)])!;

    public static Func<ulong, ulong> Emit(IReadOnlyList<OneWordAwardStep> steps)
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
