namespace FiveStar.Criteria;

/// <summary>The rule that turns a category's criteria into its star.</summary>
public sealed class AwardRule : IEquatable<AwardRule>
{
    /// <summary>Initializes a new instance of the <see cref="AwardRule"/> class.</summary>
    /// <param name="kind">All criteria, at least k, or points.</param>
    /// <param name="count">For <see cref="AwardKind.AtLeast"/>: how many criteria must be met.</param>
    /// <param name="threshold">For <see cref="AwardKind.Points"/>: the points needed.</param>
    /// <param name="required">For <see cref="AwardKind.Points"/>: criteria that must be met whatever the points.</param>
    internal AwardRule(AwardKind kind, int? count, double? threshold, IReadOnlyList<string> required)
    {
        Kind = kind;
        Count = count;
        Threshold = threshold;
        Required = required;
    }

    /// <summary>Gets the kind of rule: all criteria, at least k, or points.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets, for <see cref="AwardKind.AtLeast"/>: how many criteria must be met.</summary>
    public int? Count { get; }

    /// <summary>Gets, for <see cref="AwardKind.Points"/>: the points needed.</summary>
    public double? Threshold { get; }

    /// <summary>Gets, for <see cref="AwardKind.Points"/>: criteria that must be met whatever the points.</summary>
    public IReadOnlyList<string> Required { get; }

    /// <summary>Gets the rule that every criterion must be met.</summary>
    public static AwardRule AllCriteria { get; } = new(AwardKind.All, null, null, []);

    /// <summary>Compares two AwardRule values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(AwardRule? left, AwardRule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two AwardRule values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AwardRule? left, AwardRule? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(AwardRule? other) => other is not null && EqualityComparer<AwardKind>.Default.Equals(Kind, other.Kind) && EqualityComparer<int?>.Default.Equals(Count, other.Count) && EqualityComparer<double?>.Default.Equals(Threshold, other.Threshold) && EqualityComparer<IReadOnlyList<string>>.Default.Equals(Required, other.Required);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AwardRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Count, Threshold, Required);
}
