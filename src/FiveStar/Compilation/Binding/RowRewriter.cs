using System.Linq.Expressions;
using FiveStar.Compilation.Plan;
using FiveStar.Indicators;
using FiveStar.Resources;

namespace FiveStar.Compilation.Binding;

/// <summary>
/// Rewrites one parsed expression to read village rows: indicators become row reads, parameters constants, derived
/// indicators their inlined formulas, and enumeration or text comparisons comparisons of codes. Counts the size and depth
/// the expression has once inlined, for the <see cref="NestingGuard"/>.
/// </summary>
internal sealed class RowRewriter(ExpressionBinder binder, IReadOnlyList<ScopedVariable> scope) : ExpressionVisitor
{
    private readonly SymbolTable _symbols = binder.Symbols;
    private int _depth;

    /// <summary>Gets the slots the expression reads.</summary>
    public HashSet<int> Slots { get; } = [];

    /// <summary>Gets the number of operations the expression has once derived indicators are inlined (saturating).</summary>
    public long Size { get; private set; }

    /// <summary>Gets how deep the expression nests once derived indicators are inlined.</summary>
    public int MaxDepth { get; private set; }

    /// <summary>Gets the derived indicators inlined, with their own expanded sizes.</summary>
    public Dictionary<string, BoundExpression> Inlined { get; } = new(StringComparer.OrdinalIgnoreCase);

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(node))]
    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            return null;
        }

        Size = Math.Min(long.MaxValue / 2, Size + 1);
        _depth++;
        MaxDepth = Math.Max(MaxDepth, _depth);
        try
        {
            return base.Visit(node);
        }
        finally
        {
            _depth--;
        }
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (node == _symbols.Input)
        {
            throw new CompileException(Localizer.Format(binder.Language, nameof(Messages.Compile_InputOnItsOwn)));
        }

        foreach (var variable in scope)
        {
            if (variable.Variable == node)
            {
                Slots.UnionWith(variable.Slots);
                return node;
            }
        }

        if (_symbols.TryGetName(node, out var name))
        {
            return Resolve(name);
        }

        throw new CompileException(Localizer.Format(binder.Language, nameof(Messages.Compile_NameNotKnownHere), node.Name));
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression == _symbols.Input)
        {
            return Resolve(node.Member.Name);
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual)
        {
            var (indicator, constant) = TextOperands(node.Left, node.Right);
            if (indicator is not null)
            {
                var schema = binder.Schema;
                var slot = schema.IndexOf(indicator.Id);
                if (constant is null)
                {
                    throw new CompileException(Localizer.Format(binder.Language, nameof(Messages.Compile_TextComparison), indicator.Id, ExampleValue(indicator)));
                }

                int code;
                if (indicator.Type == IndicatorType.Enumeration)
                {
                    code = schema.CodeOf(slot, constant);
                    if (code < 0)
                    {
                        throw new CompileException(Localizer.Format(binder.Language, nameof(Messages.Compile_NotAnEnumerationValue), constant, indicator.Id, string.Join(", ", indicator.Values.Select(v => v.Id))));
                    }
                }
                else
                {
                    code = binder.Texts.Register(slot, constant);
                }

                Slots.Add(slot);
                var raw = Expression.ArrayIndex(binder.Values, Expression.Add(binder.Offset, Expression.Constant(slot)));
                return node.NodeType == ExpressionType.Equal
                    ? Expression.Equal(raw, Expression.Constant((double)code))
                    : Expression.NotEqual(raw, Expression.Constant((double)code));
            }
        }

        return base.VisitBinary(node);
    }

    private static string ExampleValue(IndicatorDefinition indicator) => indicator.Values.Count > 0 ? indicator.Values[0].Id : "value";

    private (IndicatorDefinition? Indicator, string? Constant) TextOperands(Expression left, Expression right)
    {
        if (TextIndicator(left) is { } a)
        {
            return (a, (right as ConstantExpression)?.Value as string);
        }

        if (TextIndicator(right) is { } b)
        {
            return (b, (left as ConstantExpression)?.Value as string);
        }

        return (null, null);
    }

    private IndicatorDefinition? TextIndicator(Expression expression) =>
        _symbols.IndicatorOf(expression) is { Type: IndicatorType.Enumeration or IndicatorType.Text, IsDerived: false } indicator ? indicator : null;

    private Expression Resolve(string name)
    {
        if (_symbols.TryGetParameter(name, out var value))
        {
            return Expression.Constant(value);
        }

        var indicator = _symbols.Indicator(name);
        if (indicator.Type is IndicatorType.Enumeration or IndicatorType.Text)
        {
            throw new CompileException(Localizer.Format(binder.Language, nameof(Messages.Compile_TextComparison2), indicator.Id, ExampleValue(indicator)));
        }

        if (indicator.IsDerived)
        {
            var derived = binder.BindDerived(indicator);
            Slots.UnionWith(derived.Slots);
            Inlined.TryAdd(indicator.Id, derived);
            Size = Math.Min(long.MaxValue / 2, Size + derived.Size);
            MaxDepth = (int)Math.Min(int.MaxValue / 2, Math.Max(MaxDepth, (long)_depth + derived.Depth));
            return derived.Body;
        }

        var slot = binder.Schema.IndexOf(indicator.Id);
        Slots.Add(slot);
        return binder.Read(slot);
    }
}
