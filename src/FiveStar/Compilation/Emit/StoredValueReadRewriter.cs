using System.Linq.Expressions;

namespace FiveStar.Compilation.Emit;

/// <summary>
/// Reads values on the fused fast path as the batch stores them. Whole numbers are stored truncated and saturated to
/// 32 bits and true/false as exactly 1 and 0 (<c>VillageBatch.Set</c>), so <c>(double)(int)values[offset + k]</c>
/// becomes the read itself, a comparison of whole numbers with each other or with integer constants is made on the
/// stored doubles, and a true/false read is "> 0.5" instead of a floating-point "!= 0" with its NaN handling. Each saves
/// several instructions per read; the results are the same.
/// </summary>
internal sealed class StoredValueReadRewriter(ParameterExpression values) : ExpressionVisitor
{
    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node is { NodeType: ExpressionType.Convert, Method: null } && node.Type == typeof(double) && StoredRead(node.Operand) is { } read)
        {
            return read;
        }

        return base.VisitUnary(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node is { NodeType: ExpressionType.NotEqual, Method: null, Left: BinaryExpression { NodeType: ExpressionType.ArrayIndex } read, Right: ConstantExpression { Value: 0.0 } }
            && read.Left == values)
        {
            // A true/false read: the batch stores true as exactly 1 and false as 0, so "> 0.5" is the same test without
            // the NaN (parity) handling a floating-point "!=" needs.
            return Expression.GreaterThan(read, Expression.Constant(0.5));
        }

        if (node is { Method: null, NodeType: ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual }
            && node.Left.Type == typeof(int)
            && node.Right.Type == typeof(int)
            && AsStoredDouble(node.Left) is { } left
            && AsStoredDouble(node.Right) is { } right
            && (left is not ConstantExpression || right is not ConstantExpression))
        {
            return Expression.MakeBinary(node.NodeType, left, right);
        }

        return base.VisitBinary(node);
    }

    private Expression? AsStoredDouble(Expression expression) => expression switch
    {
        ConstantExpression { Value: int constant } => Expression.Constant((double)constant),
        _ => StoredRead(expression),
    };

    /// <summary>Gets the stored double behind <c>(int)values[offset + k]</c>, or <see langword="null"/>.</summary>
    private BinaryExpression? StoredRead(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert, Method: null, Operand: BinaryExpression { NodeType: ExpressionType.ArrayIndex } read } convert
        && convert.Type == typeof(int)
        && read.Left == values
            ? read
            : null;
}
