namespace FiveStar.Criteria;

/// <summary>The period a rating covers: its kind, the year it starts in, and for sub-annual schemes which part of the year.</summary>
/// <param name="Kind">How often the scheme rates.</param>
/// <param name="Year">The (first) calendar year of the period.</param>
/// <param name="Part">The half (1–2) or quarter (1–4) for sub-annual schemes; otherwise <see langword="null"/>.</param>
public sealed record RatingPeriod(PeriodKind Kind, int Year, int? Part)
{
    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        PeriodKind.HalfYearly => $"{Year}-H{Part}",
        PeriodKind.Quarterly => $"{Year}-Q{Part}",
        PeriodKind.Biennial => $"{Year}-{Year + 1}",
        _ => Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
