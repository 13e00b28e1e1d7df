using System.Globalization;
using System.Linq.Expressions;
using FiveStar.Indicators;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Compilation.Sandbox;

/// <summary>
/// Finds comparisons of an indicator with a constant outside the indicator's valid range (a percentage against 130,
/// income against -1): such a criterion is always or never met, which is a typo in a threshold, not a rule. It reads the
/// parsed criterion, before derived indicators are inlined, so guards inside their formulas are not mistaken for rules.
/// </summary>
internal sealed class ThresholdChecker : ExpressionVisitor
{
    private readonly Func<Expression, IndicatorDefinition?> _indicatorOf;
    private readonly Func<Expression, double?> _constantOf;
    private readonly Language _language;
    private string? _problem;

    private ThresholdChecker(Func<Expression, IndicatorDefinition?> indicatorOf, Func<Expression, double?> constantOf, Language language)
    {
        _indicatorOf = indicatorOf;
        _constantOf = constantOf;
        _language = language;
    }

    public static string? Find(Expression parsed, Func<Expression, IndicatorDefinition?> indicatorOf, Func<Expression, double?> constantOf, Language language)
    {
        var checker = new ThresholdChecker(indicatorOf, constantOf, language);
        checker.Visit(parsed);
        return checker._problem;
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        // Equality is left alone: "x == 0" may guard a division even where 0 is outside x's range.
        if (node.NodeType is ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual)
        {
            Check(node.Left, node.Right);
            Check(node.Right, node.Left);
        }

        return base.VisitBinary(node);
    }

    private void Check(Expression maybeIndicator, Expression maybeConstant)
    {
        if (_problem is not null || _indicatorOf(Unwrap(maybeIndicator)) is not { } indicator || Constant(Unwrap(maybeConstant)) is not { } value)
        {
            return;
        }

        if (indicator.Type is IndicatorType.Enumeration or IndicatorType.Text or IndicatorType.Boolean)
        {
            return;
        }

        var min = indicator.EffectiveMinimum;
        var max = indicator.EffectiveMaximum;
        if ((min is { } low && value < low) || (max is { } high && value > high))
        {
            _problem = Localizer.Format(_language, nameof(Messages.Sandbox_ThresholdOutOfRange), indicator.Id, value.ToString("0.##", CultureInfo.InvariantCulture), Format(min), Format(max));
        }
    }

    private double? Constant(Expression expression) =>
        expression is ConstantExpression { Value: { } value } && value is IConvertible && value is not bool and not string and not char and not DateTime
            ? Convert.ToDouble(value, CultureInfo.InvariantCulture)
            : _constantOf(expression);

    private static Expression Unwrap(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            expression = convert.Operand;
        }

        return expression;
    }

    private string Format(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? Localizer.Format(_language, nameof(Messages.Sandbox_Unbounded));
}
