namespace FiveStar.Rating;

/// <summary>The township summary of a batch: how many villages, awards per category and villages per star count.</summary>
/// <param name="Villages">Every village in the input.</param>
/// <param name="Rated">Villages rated without data errors; only these are counted below.</param>
/// <param name="WithProblems">Villages with at least one data problem (errors or warnings).</param>
/// <param name="ByCategory">Stars awarded per category id, in document order.</param>
/// <param name="ByStars">Villages per star count, from 0 to the number of categories.</param>
/// <param name="ByLevel">Villages per level, from 0 to the highest level.</param>
public sealed record RatingSummary(
    long Villages,
    long Rated,
    long WithProblems,
    IReadOnlyDictionary<string, long> ByCategory,
    IReadOnlyDictionary<int, long> ByStars,
    IReadOnlyDictionary<int, long> ByLevel);
