using System.Globalization;
using System.Linq.Expressions;

namespace FiveStar.Compilation;

/// <summary>
/// Finds comparisons of an indicator with a constant outside the indicator's valid range (a percentage against 130,
/// income against -1): such a criterion is always or never met, which is a typo in a threshold, not a rule.
/// </summary>
internal sealed class ThresholdChecker : ExpressionVisitor
{
    private readonly ExpressionBinder _binder;
    private readonly Villages.IndicatorSchema _schema;
    private string? _problem;

    private ThresholdChecker(ExpressionBinder binder, Villages.IndicatorSchema schema)
    {
        _binder = binder;
        _schema = schema;
    }

    public static string? Find(Expression expression, ExpressionBinder binder)
    {
        var checker = new ThresholdChecker(binder, binder.Schema);
        checker.Visit(expression);
        return checker._problem;
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
            or ExpressionType.Equal or ExpressionType.NotEqual)
        {
            Check(node.Left, node.Right);
            Check(node.Right, node.Left);
        }

        return base.VisitBinary(node);
    }

    private void Check(Expression maybeRead, Expression maybeConstant)
    {
        if (_problem is not null || SlotOf(maybeRead) is not { } slot || Constant(maybeConstant) is not { } value)
        {
            return;
        }

        var indicator = _schema.Indicators[slot];
        if (indicator.Type is Indicators.IndicatorType.Enumeration or Indicators.IndicatorType.Text or Indicators.IndicatorType.Boolean)
        {
            return;
        }

        var min = indicator.EffectiveMinimum;
        var max = indicator.EffectiveMaximum;
        if ((min is { } low && value < low) || (max is { } high && value > high))
        {
            _problem = $"compares {indicator.Id} with {value.ToString("0.##", CultureInfo.InvariantCulture)}, outside its valid range {Format(min)} to {Format(max)}, so the criterion would always or never be met; check the threshold";
        }
    }

    private int? SlotOf(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            expression = convert.Operand;
        }

        return expression is BinaryExpression { NodeType: ExpressionType.ArrayIndex, Left: var array, Right: BinaryExpression { Right: ConstantExpression { Value: int slot } } }
            && array == _binder.Values
            ? slot
            : null;
    }

    private static double? Constant(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            expression = convert.Operand;
        }

        return expression is ConstantExpression { Value: { } value } && value is IConvertible && value is not bool and not string
            ? Convert.ToDouble(value, CultureInfo.InvariantCulture)
            : null;
    }

    private static string Format(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "unbounded";
}
