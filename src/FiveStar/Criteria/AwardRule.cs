namespace FiveStar.Criteria;

/// <summary>The rule that turns a category's criteria into its star.</summary>
/// <param name="Kind">All criteria, at least k, or points.</param>
/// <param name="Count">For <see cref="AwardKind.AtLeast"/>: how many criteria must be met.</param>
/// <param name="Threshold">For <see cref="AwardKind.Points"/>: the points needed.</param>
/// <param name="Required">For <see cref="AwardKind.Points"/>: criteria that must be met whatever the points.</param>
public sealed record AwardRule(AwardKind Kind, int? Count, double? Threshold, IReadOnlyList<string> Required)
{
    /// <summary>Gets the rule that every criterion must be met.</summary>
    public static AwardRule AllCriteria { get; } = new(AwardKind.All, null, null, []);
}
