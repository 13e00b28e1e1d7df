using System.Linq.Expressions;

namespace FiveStar.Compilation.Plan;

/// <summary>
/// Combines many expressions with one associative operator as a balanced tree: the same value and order of evaluation as
/// a left-to-right chain, but a depth that grows with the logarithm of their number, so no tree walker recurses deeply.
/// </summary>
internal static class Balanced
{
    public static Expression Combine(IReadOnlyList<Expression> items, Func<Expression, Expression, Expression> combine) =>
        Combine(items, 0, items.Count, combine);

    private static Expression Combine(IReadOnlyList<Expression> items, int start, int count, Func<Expression, Expression, Expression> combine)
    {
        if (count == 1)
        {
            return items[start];
        }

        var half = count / 2;
        return combine(Combine(items, start, half, combine), Combine(items, start + half, count - half, combine));
    }
}
