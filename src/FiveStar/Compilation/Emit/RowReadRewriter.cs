using System.Linq.Expressions;

namespace FiveStar.Compilation.Emit;

/// <summary>
/// Rewrites the binder's reads <c>values[offset + k]</c> into <see cref="RowAccess.At"/> on a reference to the row, so
/// the fused fast path reads a village's values without a bounds check each.
/// </summary>
internal sealed class RowReadRewriter(ParameterExpression values, ParameterExpression offset, ParameterExpression row) : ExpressionVisitor
{
    private static readonly System.Reflection.MethodInfo At = typeof(RowAccess).GetMethod(nameof(RowAccess.At))!;

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType == ExpressionType.ArrayIndex
            && node.Left == values
            && node.Right is BinaryExpression { NodeType: ExpressionType.Add, Left: var left, Right: ConstantExpression { Value: int slot } }
            && left == offset)
        {
            return Expression.Call(At, row, Expression.Constant(slot));
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        // Every read of the row must have been rewritten; a stray use of the array would not compile against the new signature.
        if (node == values || node == offset)
        {
            throw new InvalidOperationException("The fast path reads the row other than as values[offset + slot].");
        }

        return node;
    }
}
