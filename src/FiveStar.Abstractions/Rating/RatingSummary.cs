namespace FiveStar.Rating;

/// <summary>The township summary of a batch: how many villages, awards per category and villages per star count.</summary>
public sealed class RatingSummary
{
    /// <summary>Gets the number of villages in the input, every one of them.</summary>
    public required long Villages { get; init; }

    /// <summary>Gets the number of villages rated without data errors; only these are counted below.</summary>
    public required long Rated { get; init; }

    /// <summary>Gets the number of villages with at least one data problem (errors or warnings).</summary>
    public required long WithProblems { get; init; }

    /// <summary>Gets the stars awarded per category id, in document order.</summary>
    public required IReadOnlyDictionary<string, long> ByCategory { get; init; }

    /// <summary>Gets the villages per star count, from 0 to the number of categories.</summary>
    public required IReadOnlyDictionary<int, long> ByStars { get; init; }

    /// <summary>Gets the villages per level, from 0 to the highest level.</summary>
    public required IReadOnlyDictionary<int, long> ByLevel { get; init; }
}
