using System.Linq.Expressions;
using System.Reflection;
using FiveStar.Resources;
using FiveStar.Text;

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
    private object?[] _violationArgs = [];

    private SandboxValidator(HashSet<ParameterExpression> parameters, Type inputType, IReadOnlySet<MethodInfo> helpers)
    {
        _parameters = parameters;
        _inputType = inputType;
        _helpers = helpers;
    }

    /// <summary>Checks an expression; returns the first violation as a phrase in the language, or <see langword="null"/> when it is allowed.</summary>
    public static string? FindViolation(Expression expression, HashSet<ParameterExpression> parameters, Type inputType, IReadOnlySet<MethodInfo> helpers, Language language)
    {
        var validator = new SandboxValidator(parameters, inputType, helpers);
        validator.Visit(expression);
        return validator._violation is { } name ? Localizer.Format(language, name, validator._violationArgs) : null;
    }

    /// <summary>Describes what criteria may use, for the end of rejection messages.</summary>
    public static string Allowed(IReadOnlySet<MethodInfo> helpers, Language language) => helpers.Count == 0
        ? Localizer.Format(language, nameof(Messages.Sandbox_AllowedNoHelpers))
        : Localizer.Format(language, nameof(Messages.Sandbox_AllowedWithHelpers), string.Join(", ", helpers.Select(m => $"{m.DeclaringType?.Name}.{m.Name}").Order(StringComparer.Ordinal)));

    public override Expression? Visit(Expression? node) => _violation is null ? base.Visit(node) : node;

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is not null && !IsValueType(node.Type))
        {
            Reject(nameof(Messages.Sandbox_Constant), node.Type.Name);
        }

        return node;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!_parameters.Contains(node))
        {
            Reject(nameof(Messages.Sandbox_OutOfScope), node.Name);
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
            Reject(nameof(Messages.Sandbox_Clock), $"{declaring.Name}.{node.Member.Name}");
        }
        else if (node.Member.Name is "Assembly" or "Module" or "DeclaringType" or "BaseType" || typeof(MemberInfo).IsAssignableFrom(declaring) || declaring?.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) == true)
        {
            Reject(nameof(Messages.Sandbox_Reflection), $"{declaring?.Name}.{node.Member.Name}");
        }
        else
        {
            Reject(nameof(Messages.Sandbox_Member), $"{declaring?.Name}.{node.Member.Name}");
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
            Reject(nameof(Messages.Sandbox_LinqQuery), $"{method.DeclaringType?.Name}.{method.Name}");
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
            Reject(nameof(Messages.Sandbox_GetType));
        }
        else if (method.DeclaringType is { } type && (typeof(MemberInfo).IsAssignableFrom(type) || type.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) == true))
        {
            Reject(nameof(Messages.Sandbox_Reflection), $"{type.Name}.{method.Name}");
        }
        else if (method.DeclaringType == typeof(DateTime) || method.DeclaringType == typeof(DateTimeOffset))
        {
            Reject(nameof(Messages.Sandbox_ClockOrCulture), $"{method.DeclaringType.Name}.{method.Name}");
        }
        else
        {
            Reject(nameof(Messages.Sandbox_Method), $"{method.DeclaringType?.Name}.{method.Name}");
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
                    Reject(nameof(Messages.Sandbox_Operator), $"{node.Method.DeclaringType?.Name}.{node.Method.Name}");
                }

                return operand;
            case ExpressionType.Convert:
            case ExpressionType.ConvertChecked:
                var converted = base.VisitUnary(node);
                if (_violation is null && (!IsValueType(node.Type) || !IsValueType(node.Operand.Type)))
                {
                    Reject(nameof(Messages.Sandbox_Conversion), node.Operand.Type.Name, node.Type.Name);
                }

                return converted;
            default:
                Reject(nameof(Messages.Sandbox_OperatorKind), node.NodeType);
                return node;
        }
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.ArrayIndex or ExpressionType.Assign || node.NodeType.ToString().EndsWith("Assign", StringComparison.Ordinal))
        {
            Reject(nameof(Messages.Sandbox_OperatorKind), node.NodeType);
            return node;
        }

        // Operands first, so DateTime.UtcNow > DateTime.MinValue names the clock, not the operator.
        var visited = base.VisitBinary(node);
        if (_violation is null && node.Method is not null && !IsValueType(node.Method.DeclaringType!))
        {
            Reject(nameof(Messages.Sandbox_Operator), $"{node.Method.DeclaringType?.Name}.{node.Method.Name}");
        }

        return visited;
    }

    protected override Expression VisitConditional(ConditionalExpression node) => base.VisitConditional(node);

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        Reject(nameof(Messages.Sandbox_Lambda));
        return node;
    }

    protected override Expression VisitNew(NewExpression node)
    {
        Reject(nameof(Messages.Sandbox_NewObject), NewOf(node.Type));
        return node;
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        Reject(nameof(Messages.Sandbox_NewArray));
        return node;
    }

    protected override Expression VisitMemberInit(MemberInitExpression node)
    {
        Reject(nameof(Messages.Sandbox_NewObject), NewOf(node.Type));
        return node;
    }

    protected override Expression VisitListInit(ListInitExpression node)
    {
        Reject(nameof(Messages.Sandbox_NewList), node.Type.Name);
        return node;
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        Reject(nameof(Messages.Sandbox_Invocation));
        return node;
    }

    protected override Expression VisitTypeBinary(TypeBinaryExpression node)
    {
        Reject(nameof(Messages.Sandbox_TypeTest));
        return node;
    }

    protected override Expression VisitIndex(IndexExpression node)
    {
        Reject(nameof(Messages.Sandbox_Indexer));
        return node;
    }

    protected override Expression VisitBlock(BlockExpression node)
    {
        Reject(nameof(Messages.Sandbox_Block));
        return node;
    }

    protected override Expression VisitDefault(DefaultExpression node) => IsValueType(node.Type) || node.Type == typeof(void) ? node : Fail(node, nameof(Messages.Sandbox_Default), node.Type.Name);

    protected override Expression VisitExtension(Expression node) => Fail(node, nameof(Messages.Sandbox_Construct), node.GetType().Name);

    protected override Expression VisitDynamic(DynamicExpression node) => Fail(node, nameof(Messages.Sandbox_Dynamic));

    protected override Expression VisitLoop(LoopExpression node) => Fail(node, nameof(Messages.Sandbox_Loop));

    protected override Expression VisitTry(TryExpression node) => Fail(node, nameof(Messages.Sandbox_Try));

    protected override Expression VisitSwitch(SwitchExpression node) => Fail(node, nameof(Messages.Sandbox_Switch));

    protected override Expression VisitGoto(GotoExpression node) => Fail(node, nameof(Messages.Sandbox_Goto));

    protected override Expression VisitRuntimeVariables(RuntimeVariablesExpression node) => Fail(node, nameof(Messages.Sandbox_RuntimeVariables));

    private static string NewOf(Type type) => type.Name.StartsWith('<') || type.Namespace is null || typeof(System.Linq.Dynamic.Core.DynamicClass).IsAssignableFrom(type)
        ? "new (...)"
        : $"new {type.Name}";

    private static bool IsValueType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return ValueTypes.Contains(underlying);
    }

    private Expression Fail(Expression node, string name, params object?[] args)
    {
        Reject(name, args);
        return node;
    }

    // The first violation wins; it is kept as a message name and formatted once, in the caller's language.
    private void Reject(string name, params object?[] args)
    {
        if (_violation is null)
        {
            _violation = name;
            _violationArgs = args;
        }
    }
}
