using System.Linq.Expressions;

namespace FiveStar.Compilation;

/// <summary>
/// Removes the conversions of whole-number reads on the fused fast path: <c>(double)(int)values[offset + k]</c>, which
/// comparing a whole number with a real threshold produces, becomes the read itself, and a comparison of whole numbers
/// with each other or with integer constants is made on the stored doubles. A batch stores whole numbers already
/// truncated and saturated to the 32-bit range (<c>VillageBatch.Set</c>), so both are exact; each conversion is several
/// instructions per read.
/// </summary>
internal sealed class WholeNumberReadRewriter(ParameterExpression values) : ExpressionVisitor
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
