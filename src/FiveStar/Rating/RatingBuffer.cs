using System.Numerics;

namespace FiveStar.Rating;

/// <summary>
/// Compact results of a batch, in arrays the caller allocates once and reuses: per village the bits of the criteria that
/// passed, were missing or failed, the stars awarded, the points and the level. Explanations are built on demand by
/// <see cref="StarRater.RateRow(Villages.VillageBatch, int, Text.Language)"/>, not stored here.
/// </summary>
public sealed class RatingBuffer
{
    internal RatingBuffer(StarRater rater, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Rater = rater;
        Words = rater.Words;
        PointsWidth = rater.PointsWidth;
        Passed = new ulong[capacity * Words];
        Missing = new ulong[capacity * Words];
        Errors = new ulong[capacity * Words];
        Awarded = new ulong[capacity];
        Stars = new byte[capacity];
        Levels = new int[capacity];
        Rated = new bool[capacity];
        Points = new double[capacity * Math.Max(1, PointsWidth)];
        TotalPoints = new double[capacity];
    }

    /// <summary>Gets the number of villages the buffer holds.</summary>
    public int Capacity => Awarded.Length;

    /// <summary>Gets the number of villages of the last batch rated into the buffer.</summary>
    public int Count { get; internal set; }

    internal StarRater Rater { get; }

    internal int Words { get; }

    internal int PointsWidth { get; }

    internal ulong[] Passed { get; }

    internal ulong[] Missing { get; }

    internal ulong[] Errors { get; }

    internal ulong[] Awarded { get; }

    internal byte[] Stars { get; }

    internal int[] Levels { get; }

    internal bool[] Rated { get; }

    internal double[] Points { get; }

    internal double[] TotalPoints { get; }

    /// <summary>Gets the state of one criterion (or veto) of one village.</summary>
    /// <param name="village">The village's row.</param>
    /// <param name="predicate">The criterion's index in <see cref="StarRater.Criteria"/> (vetoes follow the criteria).</param>
    /// <returns>The state.</returns>
    public CriterionState GetState(int village, int predicate)
    {
        var word = (village * Words) + (predicate / 64);
        var bit = 1UL << (predicate % 64);
        return (Passed[word] & bit) != 0 ? CriterionState.Passed
            : (Missing[word] & bit) != 0 ? CriterionState.Missing
            : (Errors[word] & bit) != 0 ? CriterionState.Error
            : CriterionState.NotMet;
    }

    /// <summary>Gets a value indicating whether a category's star was awarded to a village.</summary>
    /// <param name="village">The village's row.</param>
    /// <param name="category">The category's index in the document.</param>
    /// <returns><see langword="true"/> when awarded.</returns>
    public bool IsAwarded(int village, int category) => (Awarded[village] & (1UL << category)) != 0;

    /// <summary>Gets the number of stars of a village.</summary>
    /// <param name="village">The village's row.</param>
    /// <returns>The star count.</returns>
    public int GetStars(int village) => Stars[village];

    /// <summary>Gets the level of a village.</summary>
    /// <param name="village">The village's row.</param>
    /// <returns>The level.</returns>
    public int GetLevel(int village) => Levels[village];

    /// <summary>Gets a value indicating whether the village's data was sound enough to rate.</summary>
    /// <param name="village">The village's row.</param>
    /// <returns><see langword="false"/> when the village has data errors.</returns>
    public bool IsRated(int village) => Rated[village];

    /// <summary>Gets the points a village earned in a category, when the category or level uses points.</summary>
    /// <param name="village">The village's row.</param>
    /// <param name="category">The category's index in the document.</param>
    /// <returns>The points, or <see langword="null"/> when the category has none.</returns>
    public double? GetPoints(int village, int category)
    {
        var index = Rater.PointsIndexOf(category);
        return index < 0 ? null : Points[(village * PointsWidth) + index];
    }

    /// <summary>Gets a bit mask of the categories awarded to a village (bit i = category i).</summary>
    /// <param name="village">The village's row.</param>
    /// <returns>The mask.</returns>
    public ulong GetAwardedMask(int village) => Awarded[village];

    /// <summary>Gets a value indicating whether any criterion of a village was missing data or failed.</summary>
    /// <param name="village">The village's row.</param>
    /// <returns><see langword="true"/> when some criterion is missing or in error.</returns>
    public bool HasIncompleteCriteria(int village)
    {
        for (var w = 0; w < Words; w++)
        {
            if ((Missing[(village * Words) + w] | Errors[(village * Words) + w]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    internal int CountAwarded(int village) => BitOperations.PopCount(Awarded[village]);
}
