namespace FiveStar.Compilation.Plan;

/// <summary>The GlobalParams in force for a group of predicates: the document's, then a category's own.</summary>
/// <param name="Variables">The scoped variables, in evaluation order.</param>
internal sealed record GlobalScope(IReadOnlyList<ScopedVariable> Variables);
