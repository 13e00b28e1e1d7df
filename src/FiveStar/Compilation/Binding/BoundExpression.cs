using System.Linq.Expressions;
using FiveStar.Compilation.Plan;

namespace FiveStar.Compilation.Binding;

/// <summary>An expression rewritten to read village rows, with the slots of the reported indicators it reads.</summary>
/// <param name="Body">The expression over the row parameters.</param>
/// <param name="Slots">The slots it reads, directly or through derived indicators and scoped parameters.</param>
internal sealed record BoundExpression(Expression Body, IReadOnlySet<int> Slots)
{
    /// <summary>Gets what a boolean expression compares, for gap analysis.</summary>
    public GapTerm Gap { get; init; } = GapOpaque.Instance;

    /// <summary>Gets the number of operations the expression has once derived indicators are inlined.</summary>
    public long Size { get; init; } = 1;

    /// <summary>Gets how deep the expression nests once derived indicators are inlined.</summary>
    public int Depth { get; init; } = 1;
}
