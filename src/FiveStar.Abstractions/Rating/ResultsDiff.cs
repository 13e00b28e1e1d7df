namespace FiveStar.Rating;

/// <summary>Year-over-year comparison of two results documents: stars gained and lost per village, and the township totals before and after.</summary>
public sealed class ResultsDiff
{
    /// <summary>Gets the villages whose rating changed, that are new, or that are missing from the later period: later-period order first, then the missing ones.</summary>
    public required IReadOnlyList<VillageChange> Villages { get; init; }

    /// <summary>Gets the stars awarded per category id (rated villages only, as each summary counts them), before and after; categories of either document, in document order.</summary>
    public required IReadOnlyDictionary<string, CountChange> ByCategory { get; init; }

    /// <summary>Gets the rated villages per star count, before and after, from the most stars down to none.</summary>
    public required IReadOnlyDictionary<int, CountChange> ByStars { get; init; }

    /// <summary>Gets the villages not rated because of data errors, before and after.</summary>
    public required CountChange NotRated { get; init; }
}
