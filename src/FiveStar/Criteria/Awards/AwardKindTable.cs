namespace FiveStar.Criteria.Awards;

/// <summary>
/// Every award rule, one type each: reading (<c>Keywords.AwardRules</c>, <c>AwardBuilder</c>), planning
/// (<c>AwardPlanner</c>), the branch-free award (<c>OneWordAwardEmitter</c>), deciding (<c>AwardDecider</c>), the
/// reasons (<c>CategoryReasons</c>) and gap analysis ask the row, so a new rule is a type and a row here (and its
/// member of <see cref="AwardKind"/> and its texts in the resources).
/// </summary>
internal static class AwardKindTable
{
    private static readonly AwardKindRule[] Rows = [new AllCriteriaAward(), new AtLeastAward(), new PointsAward()];

    /// <summary>Gets every rule; the first is the default, the rule of a category that writes no <c>award</c>.</summary>
    public static IReadOnlyList<AwardKindRule> All => Rows;

    /// <summary>Gets the row of a rule.</summary>
    public static AwardKindRule Of(AwardKind kind)
    {
        foreach (var row in Rows)
        {
            if (row.Kind == kind)
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "The rule has no row in AwardKindTable.");
    }
}
