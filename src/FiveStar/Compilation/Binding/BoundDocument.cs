using FiveStar.Compilation.Plan;

namespace FiveStar.Compilation.Binding;

/// <summary>A document with every expression bound, as <see cref="DocumentBinder"/> leaves it for planning and emitting.</summary>
internal sealed class BoundDocument
{
    /// <summary>Gets the binder, which holds the row parameters, the bound derived indicators and the text constants met.</summary>
    public required ExpressionBinder Binder { get; init; }

    /// <summary>Gets the GlobalParams scopes: the document's first, then each category's own.</summary>
    public required IReadOnlyList<GlobalScope> Scopes { get; init; }

    /// <summary>Gets the criteria (the first <see cref="CriterionCount"/>) followed by the vetoes.</summary>
    public required IReadOnlyList<CompiledPredicate> Predicates { get; init; }

    public required int CriterionCount { get; init; }

    /// <summary>Gets the predicate indices of each category's criteria, in document order.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> CategoryCriteria { get; init; }
}
