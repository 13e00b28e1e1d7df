using System.Linq.Expressions;

namespace FiveStar.Compilation.Emit;

/// <summary>
/// Turns <c>a &amp;&amp; b</c> and <c>a || b</c> into the non-short-circuit <c>&amp;</c> and <c>|</c> when <c>b</c> is cheap and
/// cannot throw. On villages where criteria pass about half the time, mispredicted branches cost more than evaluating both
/// sides. The result is the same either way; only the fast path uses it, and the safe path handles any exception.
/// </summary>
internal sealed class BranchFreeRewriter : ExpressionVisitor
{
    public static Expression Rewrite(Expression expression) => new BranchFreeRewriter().Visit(expression);

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var left = Visit(node.Left);
        var right = Visit(node.Right);
        if (node.Method is null && left.Type == typeof(bool) && right.Type == typeof(bool) && IsCheap(right))
        {
            if (node.NodeType == ExpressionType.AndAlso)
            {
                return Expression.And(left, right);
            }

            if (node.NodeType == ExpressionType.OrElse)
            {
                return Expression.Or(left, right);
            }
        }

        return node.Update(left, node.Conversion, right);
    }

    private static bool IsCheap(Expression expression) => expression switch
    {
        ConstantExpression => true,
        ParameterExpression => true,
        BinaryExpression { NodeType: ExpressionType.ArrayIndex } b => b.Left is ParameterExpression && IsCheap(b.Right),
        UnaryExpression u => u.Method is null && u.NodeType is ExpressionType.Convert or ExpressionType.Not or ExpressionType.Negate && IsCheap(u.Operand),
        BinaryExpression b => b.Method is null
            && !(b.NodeType is ExpressionType.Divide or ExpressionType.Modulo && !IsFloatingPoint(b.Type))
            && b.NodeType is not (ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.Coalesce)
            && IsCheap(b.Left) && IsCheap(b.Right),
        _ => false,
    };

    private static bool IsFloatingPoint(Type type) => type == typeof(double) || type == typeof(float);
}
