using System.Globalization;
using System.Linq.Expressions;
using FiveStar.Compilation.Plan;
using FiveStar.Indicators;
using FiveStar.Rating;

namespace FiveStar.Compilation.Binding;

/// <summary>
/// Reads what a parsed criterion compares, for gap analysis: comparisons of indicators with thresholds (constants or
/// parameters, as bound), combined by and/or, with negations pushed into the comparisons. Anything else is opaque.
/// </summary>
internal sealed class GapReader(SymbolTable symbols)
{
    /// <summary>Describes a parsed boolean expression.</summary>
    /// <param name="expression">The parsed expression, before it is rewritten to read rows.</param>
    /// <param name="negate">Whether it stands under a negation.</param>
    /// <returns>What it compares.</returns>
    public GapTerm Read(Expression expression, bool negate = false)
    {
        expression = UnwrapConvert(expression);
        switch (expression)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.And or ExpressionType.OrElse or ExpressionType.Or } both when both.Type == typeof(bool):
                var isAnd = both.NodeType is ExpressionType.AndAlso or ExpressionType.And;
                return new GapCombination(isAnd != negate, [Read(both.Left, negate), Read(both.Right, negate)]);
            case UnaryExpression { NodeType: ExpressionType.Not } not when not.Type == typeof(bool):
                return Read(not.Operand, !negate);
            case BinaryExpression binary when Comparison(binary.NodeType) is { } comparison:
                return CompareOf(binary, comparison, negate);
            default:
                if (symbols.IndicatorOf(expression) is { Type: IndicatorType.Boolean } flag)
                {
                    return new GapComparison(flag.Id, negate ? ComparisonKind.NotEqualTo : ComparisonKind.EqualTo, 1, null, true);
                }

                return GapOpaque.Instance;
        }
    }

    private GapTerm CompareOf(BinaryExpression binary, ComparisonKind comparison, bool negate)
    {
        var left = UnwrapConvert(binary.Left);
        var right = UnwrapConvert(binary.Right);
        var indicator = symbols.IndicatorOf(left);
        var other = right;
        if (indicator is null)
        {
            indicator = symbols.IndicatorOf(right);
            other = left;
            comparison = Flip(comparison);
        }

        if (indicator is null)
        {
            return GapOpaque.Instance;
        }

        if (negate)
        {
            comparison = Invert(comparison);
        }

        if (indicator.Type is IndicatorType.Enumeration or IndicatorType.Text)
        {
            return other is ConstantExpression { Value: string text } && comparison is ComparisonKind.EqualTo or ComparisonKind.NotEqualTo
                ? new GapTextMatch(indicator.Id, comparison == ComparisonKind.EqualTo, text)
                : GapOpaque.Instance;
        }

        string? parameterId = null;
        double target;
        switch (other)
        {
            case ConstantExpression { Value: bool flag }:
                target = flag ? 1 : 0;
                break;
            case ConstantExpression { Value: IConvertible value } when value is not string:
                target = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                break;
            case ParameterExpression p when symbols.TryGetName(p, out var name) && symbols.TryGetParameter(name, out var parameterValue):
                target = parameterValue;
                parameterId = symbols.ParameterId(name);
                break;
            default:
                return GapOpaque.Instance;
        }

        var whole = indicator.Type is IndicatorType.WholeNumber or IndicatorType.Boolean && target == Math.Floor(target);
        return new GapComparison(indicator.Id, comparison, target, parameterId, whole);
    }

    private static ComparisonKind? Comparison(ExpressionType type) => type switch
    {
        ExpressionType.GreaterThanOrEqual => ComparisonKind.AtLeast,
        ExpressionType.GreaterThan => ComparisonKind.MoreThan,
        ExpressionType.LessThanOrEqual => ComparisonKind.AtMost,
        ExpressionType.LessThan => ComparisonKind.LessThan,
        ExpressionType.Equal => ComparisonKind.EqualTo,
        ExpressionType.NotEqual => ComparisonKind.NotEqualTo,
        _ => null,
    };

    /// <summary>The comparison seen from the other side: <c>80 &lt;= x</c> is <c>x &gt;= 80</c>.</summary>
    private static ComparisonKind Flip(ComparisonKind comparison) => comparison switch
    {
        ComparisonKind.AtLeast => ComparisonKind.AtMost,
        ComparisonKind.AtMost => ComparisonKind.AtLeast,
        ComparisonKind.MoreThan => ComparisonKind.LessThan,
        ComparisonKind.LessThan => ComparisonKind.MoreThan,
        _ => comparison,
    };

    /// <summary>The comparison that holds exactly when this one does not.</summary>
    private static ComparisonKind Invert(ComparisonKind comparison) => comparison switch
    {
        ComparisonKind.AtLeast => ComparisonKind.LessThan,
        ComparisonKind.LessThan => ComparisonKind.AtLeast,
        ComparisonKind.MoreThan => ComparisonKind.AtMost,
        ComparisonKind.AtMost => ComparisonKind.MoreThan,
        ComparisonKind.EqualTo => ComparisonKind.NotEqualTo,
        _ => ComparisonKind.EqualTo,
    };

    private static Expression UnwrapConvert(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            expression = convert.Operand;
        }

        return expression;
    }
}
