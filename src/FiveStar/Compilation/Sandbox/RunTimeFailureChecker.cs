using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Compilation.Sandbox;

/// <summary>
/// Finds what would make a criterion fail for every village, so that it is a load error rather than a silent zero: a
/// character literal (<c>n &gt; 'a'</c>, where text is meant), a whole number divided by a constant zero (<c>n / 0</c>),
/// and a <see cref="Math"/> call that throws whatever its variable arguments are (<c>Math.Round(a, 100)</c>). Constants are
/// literals and parameters; a <see cref="Math"/> call is tried with a few values for each argument that is not constant.
/// </summary>
internal sealed class RunTimeFailureChecker : ExpressionVisitor
{
    private static readonly double[] Samples = [0, 1, -1, 2.5, 100];

    private readonly Func<Expression, double?> _parameterValue;
    private readonly Language _language;
    private string? _problem;

    private RunTimeFailureChecker(Func<Expression, double?> parameterValue, Language language)
    {
        _parameterValue = parameterValue;
        _language = language;
    }

    /// <summary>Returns the first construct that fails for every village, as a sentence, or <see langword="null"/>.</summary>
    public static string? Find(Expression parsed, Func<Expression, double?> parameterValue, Language language)
    {
        var checker = new RunTimeFailureChecker(parameterValue, language);
        checker.Visit(parsed);
        return checker._problem;
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(node))]
    public override Expression? Visit(Expression? node) => _problem is null ? base.Visit(node) : node;

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is char c)
        {
            _problem = Localizer.Format(_language, nameof(Messages.Compile_CharLiteral), c);
        }

        return node;
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node is { NodeType: ExpressionType.Divide or ExpressionType.Modulo, Method: null } && IsWholeNumber(node.Type) && ConstantOf(node.Right) is 0)
        {
            _problem = Localizer.Format(_language, nameof(Messages.Compile_WholeDivisionByZero), node.NodeType == ExpressionType.Divide ? "/" : "%");
            return node;
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(Math) && node.Object is null && AlwaysThrows(node.Method, node.Arguments) is { } failure)
        {
            _problem = Localizer.Format(_language, nameof(Messages.Compile_AlwaysThrows), $"Math.{node.Method.Name}", failure.GetType().Name, failure.Message);
            return node;
        }

        return base.VisitMethodCall(node);
    }

    /// <summary>Calls the method with the constant arguments and a few sample values for the others; the exception if every call throws.</summary>
    private Exception? AlwaysThrows(MethodInfo method, System.Collections.ObjectModel.ReadOnlyCollection<Expression> arguments)
    {
        var parameters = method.GetParameters();
        var choices = new List<object?[]>();
        for (var i = 0; i < arguments.Count; i++)
        {
            var type = parameters[i].ParameterType;
            var constant = ConstantOf(arguments[i]);
            var values = constant is { } fixedValue ? [fixedValue] : Samples;
            var converted = new List<object?>();
            foreach (var value in values)
            {
                if (TryConvert(value, type, out var argument))
                {
                    converted.Add(argument);
                }
            }

            if (converted.Count == 0)
            {
                // A constant the parameter cannot hold: the parser would have refused it; nothing to try.
                return null;
            }

            choices.Add([.. converted]);
        }

        Exception? last = null;
        foreach (var combination in Combinations(choices).Take(64))
        {
            try
            {
                method.Invoke(null, combination);
                return null;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
            {
                last = inner;
            }
        }

        return last;
    }

    private static IEnumerable<object?[]> Combinations(List<object?[]> choices)
    {
        var indices = new int[choices.Count];
        while (true)
        {
            yield return choices.Select((c, i) => c[indices[i]]).ToArray();
            var position = choices.Count - 1;
            while (position >= 0 && ++indices[position] == choices[position].Length)
            {
                indices[position] = 0;
                position--;
            }

            if (position < 0)
            {
                yield break;
            }
        }
    }

    private static bool TryConvert(double value, Type type, out object? result)
    {
        result = null;
        try
        {
            if (type == typeof(double))
            {
                result = value;
            }
            else if (type == typeof(float))
            {
                result = (float)value;
            }
            else if (type == typeof(decimal))
            {
                result = (decimal)value;
            }
            else if (IsWholeNumber(type) && value == Math.Floor(value))
            {
                result = Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
            }
            else if (type.IsEnum && value == Math.Floor(value) && value >= 0)
            {
                result = Enum.ToObject(type, (int)value);
            }

            return result is not null;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>The value of a literal or parameter, possibly converted or negated; <see langword="null"/> for anything that varies by village.</summary>
    private double? ConstantOf(Expression expression) => expression switch
    {
        ConstantExpression { Value: { } value } when value is IConvertible && value is not bool and not string and not char => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked, Method: null } convert => ConstantOf(convert.Operand) is { } inner && (!IsWholeNumber(convert.Type) || inner == Math.Floor(inner)) ? inner : null,
        UnaryExpression { NodeType: ExpressionType.Negate, Method: null } negate => -ConstantOf(negate.Operand),
        ParameterExpression => _parameterValue(expression),
        _ => null,
    };

    private static bool IsWholeNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);
}
