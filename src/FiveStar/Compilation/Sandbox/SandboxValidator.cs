using System.Linq.Expressions;
using System.Reflection;

namespace FiveStar.Compilation.Sandbox;

/// <summary>
/// The allow-list every parsed expression must pass, because criteria files are untrusted: indicator and parameter access,
/// constants, arithmetic, comparison, logical and conditional operators, <see cref="Math"/> and the helpers plug-ins
/// register. Anything else (reflection, types, IO, the clock, constructing objects, methods on values) is rejected by name.
/// </summary>
internal sealed class SandboxValidator : ExpressionVisitor
{
    private static readonly HashSet<Type> ValueTypes =
    [
        typeof(bool), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(char), typeof(string),
    ];

    private readonly HashSet<ParameterExpression> _parameters;
    private readonly Type _inputType;
    private readonly IReadOnlySet<MethodInfo> _helpers;
    private string? _violation;

    private SandboxValidator(HashSet<ParameterExpression> parameters, Type inputType, IReadOnlySet<MethodInfo> helpers)
    {
        _parameters = parameters;
        _inputType = inputType;
        _helpers = helpers;
    }

    /// <summary>Checks an expression; returns the first violation as a sentence, or <see langword="null"/> when it is allowed.</summary>
    public static string? FindViolation(Expression expression, HashSet<ParameterExpression> parameters, Type inputType, IReadOnlySet<MethodInfo> helpers)
    {
        var validator = new SandboxValidator(parameters, inputType, helpers);
        validator.Visit(expression);
        return validator._violation;
    }

    /// <summary>Describes what criteria may use, for the end of rejection messages.</summary>
    public static string Allowed(IReadOnlySet<MethodInfo> helpers)
    {
        var helperNames = helpers.Count == 0 ? "no plug-in helpers" : "the helpers " + string.Join(", ", helpers.Select(m => $"{m.DeclaringType?.Name}.{m.Name}").Order(StringComparer.Ordinal));
        return $"criteria may only read indicators and parameters and use arithmetic, comparison, logical and conditional operators, Math and {helperNames}";
    }

    public override Expression? Visit(Expression? node) => _violation is null ? base.Visit(node) : node;

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is not null && !IsValueType(node.Type))
        {
            Reject($"a constant of type {node.Type.Name}");
        }

        return node;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!_parameters.Contains(node))
        {
            Reject($"the name '{node.Name}' outside its scope");
        }

        return node;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var declaring = node.Member.DeclaringType;
        if (node.Expression is ParameterExpression parameter && parameter.Type == _inputType && declaring == _inputType && node.Member is PropertyInfo)
        {
            return base.VisitMember(node);
        }

        if (node.Expression is null && declaring == typeof(Math))
        {
            return node;
        }

        // Report the innermost construct first: in input1.GetType().Assembly.Location it is GetType(), not Location.
        Visit(node.Expression);
        if (_violation is not null)
        {
            return node;
        }

        if (node.Expression is not null && declaring is { IsGenericType: true } && declaring.GetGenericTypeDefinition() == typeof(Nullable<>)
            && node.Member.Name is "Value" or "HasValue")
        {
            return node;
        }

        if ((declaring == typeof(DateTime) || declaring == typeof(DateTimeOffset)) && node.Expression is null && node.Member.Name is "Now" or "UtcNow" or "Today")
        {
            Reject($"{declaring.Name}.{node.Member.Name}, which reads the clock (scores must not depend on when they are computed)");
        }
        else if (node.Member.Name is "Assembly" or "Module" or "DeclaringType" or "BaseType" || typeof(MemberInfo).IsAssignableFrom(declaring) || declaring?.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) == true)
        {
            Reject($"reflection ({declaring?.Name}.{node.Member.Name})");
        }
        else
        {
            Reject($"the member {declaring?.Name}.{node.Member.Name}");
        }

        return node;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        if (method.IsStatic && method.DeclaringType == typeof(Math))
        {
            return base.VisitMethodCall(node);
        }

        if (_helpers.Contains(method))
        {
            return base.VisitMethodCall(node);
        }

        // A lambda argument makes the call a LINQ query, whatever it is applied to.
        if (node.Arguments.Any(a => a is LambdaExpression or UnaryExpression { NodeType: ExpressionType.Quote }))
        {
            Reject($"a LINQ query with a lambda ({method.DeclaringType?.Name}.{method.Name})");
            return node;
        }

        // Report the innermost construct first: in DateTime.Now.ToString() it is DateTime.Now.
        Visit(node.Object);
        foreach (var argument in node.Arguments)
        {
            Visit(argument);
        }

        if (_violation is not null)
        {
            return node;
        }

        if (method.Name == nameof(GetType))
        {
            Reject("GetType(), which is reflection");
        }
        else if (method.DeclaringType is { } type && (typeof(MemberInfo).IsAssignableFrom(type) || type.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) == true))
        {
            Reject($"reflection ({type.Name}.{method.Name})");
        }
        else if (method.DeclaringType == typeof(DateTime) || method.DeclaringType == typeof(DateTimeOffset))
        {
            Reject($"{method.DeclaringType.Name}.{method.Name}(), which depends on the clock or culture");
        }
        else
        {
            Reject($"the method {method.DeclaringType?.Name}.{method.Name}()");
        }

        return node;
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        switch (node.NodeType)
        {
            case ExpressionType.Not:
            case ExpressionType.Negate:
            case ExpressionType.NegateChecked:
            case ExpressionType.UnaryPlus:
            case ExpressionType.OnesComplement:
            case ExpressionType.IsTrue:
            case ExpressionType.IsFalse:
                var operand = base.VisitUnary(node);
                if (_violation is null && node.Method is not null && !IsValueType(node.Method.DeclaringType!))
                {
                    Reject($"the operator {node.Method.DeclaringType?.Name}.{node.Method.Name}");
                }

                return operand;
            case ExpressionType.Convert:
            case ExpressionType.ConvertChecked:
                var converted = base.VisitUnary(node);
                if (_violation is null && (!IsValueType(node.Type) || !IsValueType(node.Operand.Type)))
                {
                    Reject($"a conversion from {node.Operand.Type.Name} to {node.Type.Name}");
                }

                return converted;
            default:
                Reject($"the {node.NodeType} operator");
                return node;
        }
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.ArrayIndex or ExpressionType.Assign || node.NodeType.ToString().EndsWith("Assign", StringComparison.Ordinal))
        {
            Reject($"the {node.NodeType} operator");
            return node;
        }

        // Operands first, so DateTime.UtcNow > DateTime.MinValue names the clock, not the operator.
        var visited = base.VisitBinary(node);
        if (_violation is null && node.Method is not null && !IsValueType(node.Method.DeclaringType!))
        {
            Reject($"the operator {node.Method.DeclaringType?.Name}.{node.Method.Name}");
        }

        return visited;
    }

    protected override Expression VisitConditional(ConditionalExpression node) => base.VisitConditional(node);

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        Reject("a lambda (LINQ queries are not allowed)");
        return node;
    }

    protected override Expression VisitNew(NewExpression node)
    {
        Reject($"{NewOf(node.Type)} (constructing an object)");
        return node;
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        Reject("constructing an array");
        return node;
    }

    protected override Expression VisitMemberInit(MemberInitExpression node)
    {
        Reject($"{NewOf(node.Type)} (constructing an object)");
        return node;
    }

    protected override Expression VisitListInit(ListInitExpression node)
    {
        Reject($"constructing a list ({node.Type.Name})");
        return node;
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        Reject("invoking a delegate");
        return node;
    }

    protected override Expression VisitTypeBinary(TypeBinaryExpression node)
    {
        Reject("a type test (is), which is reflection");
        return node;
    }

    protected override Expression VisitIndex(IndexExpression node)
    {
        Reject("an indexer");
        return node;
    }

    protected override Expression VisitBlock(BlockExpression node)
    {
        Reject("a block");
        return node;
    }

    protected override Expression VisitDefault(DefaultExpression node) => IsValueType(node.Type) || node.Type == typeof(void) ? node : Fail(node, $"default({node.Type.Name})");

    protected override Expression VisitExtension(Expression node) => Fail(node, $"the construct {node.GetType().Name}");

    protected override Expression VisitDynamic(DynamicExpression node) => Fail(node, "dynamic dispatch");

    protected override Expression VisitLoop(LoopExpression node) => Fail(node, "a loop");

    protected override Expression VisitTry(TryExpression node) => Fail(node, "try/catch");

    protected override Expression VisitSwitch(SwitchExpression node) => Fail(node, "a switch");

    protected override Expression VisitGoto(GotoExpression node) => Fail(node, "goto");

    protected override Expression VisitRuntimeVariables(RuntimeVariablesExpression node) => Fail(node, "runtime variables");

    private static string NewOf(Type type) => type.Name.StartsWith('<') || type.Namespace is null || typeof(System.Linq.Dynamic.Core.DynamicClass).IsAssignableFrom(type)
        ? "new (...)"
        : $"new {type.Name}";

    private static bool IsValueType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return ValueTypes.Contains(underlying);
    }

    private Expression Fail(Expression node, string construct)
    {
        Reject(construct);
        return node;
    }

    private void Reject(string construct) => _violation ??= construct;
}
