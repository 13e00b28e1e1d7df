using System.Linq.Expressions;

namespace FiveStar.Compilation.Plan;

/// <summary>A criterion bound once and emitted twice: fused (fast) and guarded (safe). Leaf or operator over children.</summary>
/// <param name="Locals">The LocalParams, in order, as variables with their values.</param>
/// <param name="Leaf">The boolean expression of a leaf, or <see langword="null"/> for an operator node.</param>
/// <param name="IsAnd">For an operator node: And/AndAlso (true) or Or/OrElse (false).</param>
/// <param name="Children">For an operator node: the enabled nested rules.</param>
/// <param name="Slots">The reported slots the criterion reads, through its locals, leaf and nested rules.</param>
internal sealed record CriterionNode(IReadOnlyList<ScopedVariable> Locals, Expression? Leaf, bool IsAnd, IReadOnlyList<CriterionNode> Children, IReadOnlySet<int> Slots)
{
    /// <summary>Gets what the criterion compares, for gap analysis: the leaf's comparisons, or the children's combined by the operator.</summary>
    public GapTerm Gap { get; init; } = GapOpaque.Instance;

    /// <summary>Gets the number of operations the criterion compiles to (its locals, leaf and nested rules, derived indicators inlined).</summary>
    public long Size { get; init; } = 1;

    /// <summary>Emits the criterion as one boolean expression; nested rules short-circuit.</summary>
    public Expression EmitFast()
    {
        var body = Leaf ?? Balanced.Combine(Children.Select(c => c.EmitFast()).ToList(), IsAnd ? Expression.AndAlso : Expression.OrElse);
        return WithLocals(body);
    }

    /// <summary>
    /// Emits the criterion so that a nested rule that throws counts as not met, as RulesEngine does, remembering the
    /// first exception in <paramref name="caught"/> so the criterion can be reported as an error rather than "not met".
    /// </summary>
    public Expression EmitSafe(ParameterExpression caught, bool guard)
    {
        var body = Leaf ?? Balanced.Combine(Children.Select(c => c.EmitSafe(caught, true)).ToList(), IsAnd ? Expression.AndAlso : Expression.OrElse);
        body = WithLocals(body);
        if (!guard)
        {
            return body;
        }

        var exception = Expression.Parameter(typeof(Exception), "e");
        return Expression.TryCatch(
            body,
            Expression.Catch(exception, Expression.Block(
                Expression.Assign(caught, Expression.Coalesce(caught, exception)),
                Expression.Constant(false))));
    }

    private Expression WithLocals(Expression body) => Locals.Count == 0
        ? body
        : Expression.Block(
            typeof(bool),
            Locals.Select(l => l.Variable),
            Locals.Select(l => (Expression)Expression.Assign(l.Variable, l.Value)).Append(body));
}
