namespace FiveStar.Criteria;

/// <summary>How a category's criteria earn its star.</summary>
public enum AwardKind
{
    /// <summary>Every enabled criterion must be met.</summary>
    All,

    /// <summary>At least <see cref="AwardRule.Count"/> criteria must be met.</summary>
    AtLeast,

    /// <summary>The points of the criteria met must reach <see cref="AwardRule.Threshold"/>, and every required criterion must be met.</summary>
    Points,
}
