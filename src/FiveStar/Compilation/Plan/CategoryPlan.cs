using FiveStar.Criteria;
using FiveStar.Criteria.Awards;

namespace FiveStar.Compilation.Plan;

/// <summary>How one category's star is decided from the predicate masks, precomputed at load time.</summary>
internal sealed record CategoryPlan
{
    public required int Index { get; init; }

    public required CategoryDefinition Definition { get; init; }

    /// <summary>Gets the category's award rule, which decides its star from these masks and its definition's <see cref="CategoryDefinition.Award"/>.</summary>
    public required AwardKindRule Rule { get; init; }

    /// <summary>Gets the category's criteria bits, one mask per 64-predicate word.</summary>
    public required ulong[] Mask { get; init; }

    /// <summary>Gets the required criteria bits (points rule), per word.</summary>
    public required ulong[] RequiredMask { get; init; }

    /// <summary>Gets the predicate indices of the category's criteria.</summary>
    public required int[] Predicates { get; init; }

    /// <summary>Gets the categories whose stars this one requires, as a bit mask of category indices.</summary>
    public required ulong RequiresMask { get; init; }

    /// <summary>Gets the predicate indices of the vetoes that revoke this star.</summary>
    public required int[] Vetoes { get; init; }

    /// <summary>Gets the position of this category's points in the buffer's points row, or -1.</summary>
    public required int PointsIndex { get; init; }
}
