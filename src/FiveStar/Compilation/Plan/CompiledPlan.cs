using System.Reflection;
using FiveStar.Criteria;
using FiveStar.Villages;

namespace FiveStar.Compilation.Plan;

/// <summary>
/// What compiling a criteria document produces and all that rating executes: the row layout, the compiled predicates,
/// the fused and guarded delegates and each category's award plan. Built once, by the compiler's last stage (<c>PlanEmitter</c>), never
/// changed after; a rater holds one.
/// </summary>
internal sealed class CompiledPlan
{
    public required CriteriaDocument Document { get; init; }

    public required IndicatorSchema Schema { get; init; }

    /// <summary>Gets the criteria (the first <see cref="CriterionCount"/>) followed by the vetoes, in evaluation order.</summary>
    public required IReadOnlyList<CompiledPredicate> Predicates { get; init; }

    public required int CriterionCount { get; init; }

    /// <summary>Gets how each category's star is decided, in document order.</summary>
    public required IReadOnlyList<CategoryPlan> Categories { get; init; }

    /// <summary>Gets the branch-free delegates for complete rows, one per 64 predicates.</summary>
    public required FastWord[] Fast { get; init; }

    /// <summary>Gets the guarded delegate for rows with missing values, which reports each predicate's state.</summary>
    public required SafeEvaluator Safe { get; init; }

    public required DerivedEvaluator Derived { get; init; }

    /// <summary>Gets the helper methods criteria may call, with the plug-in that allows each.</summary>
    public required IReadOnlyDictionary<MethodInfo, string> Helpers { get; init; }

    /// <summary>Gets the branch-free award of a one-word, star-count document, or <see langword="null"/>.</summary>
    public required Func<ulong, ulong>? OneWordAward { get; init; }
}
