namespace FiveStar.Criteria;

/// <summary>The period a rating covers: its kind, the year it starts in, and for sub-annual schemes which part of the year.</summary>
public sealed class RatingPeriod : IEquatable<RatingPeriod>
{
    /// <summary>Initializes a new instance of the <see cref="RatingPeriod"/> class.</summary>
    /// <param name="kind">How often the scheme rates.</param>
    /// <param name="year">The (first) calendar year of the period.</param>
    /// <param name="part">The half (1–2) or quarter (1–4) for sub-annual schemes; otherwise <see langword="null"/>.</param>
    internal RatingPeriod(PeriodKind kind, int year, int? part)
    {
        Kind = kind;
        Year = year;
        Part = part;
    }

    /// <summary>Gets how often the scheme rates.</summary>
    public PeriodKind Kind { get; }

    /// <summary>Gets the (first) calendar year of the period.</summary>
    public int Year { get; }

    /// <summary>Gets the half (1–2) or quarter (1–4) for sub-annual schemes; otherwise <see langword="null"/>.</summary>
    public int? Part { get; }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        PeriodKind.HalfYearly => $"{Year}-H{Part}",
        PeriodKind.Quarterly => $"{Year}-Q{Part}",
        PeriodKind.Biennial => $"{Year}-{Year + 1}",
        _ => Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Compares two RatingPeriod values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(RatingPeriod? left, RatingPeriod? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two RatingPeriod values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RatingPeriod? left, RatingPeriod? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(RatingPeriod? other) => other is not null && EqualityComparer<PeriodKind>.Default.Equals(Kind, other.Kind) && EqualityComparer<int>.Default.Equals(Year, other.Year) && EqualityComparer<int?>.Default.Equals(Part, other.Part);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RatingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Year, Part);
}
