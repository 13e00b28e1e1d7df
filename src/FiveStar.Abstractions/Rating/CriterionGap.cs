using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>One criterion a village does not meet, what it lacks and, where it compares values with thresholds, by how much.</summary>
public sealed class CriterionGap
{
    /// <summary>Gets the criterion id.</summary>
    public required string CriterionId { get; init; }

    /// <summary>Gets the criterion's name in Chinese and English.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets the criterion's state: not met, missing data or failed.</summary>
    public required CriterionState State { get; init; }

    /// <summary>Gets the comparisons the village fails, with the values and thresholds the compiled criterion uses; empty when the criterion is not a comparison of indicators with thresholds.</summary>
    public required IReadOnlyList<ValueShortfall> Shortfalls { get; init; }

    /// <summary>Gets how far off the village is as a share of the target (0.1 = 10% short), the largest over its shortfalls, when measurable.</summary>
    public double? Relative { get; init; }

    /// <summary>Gets what is lacking, as a sentence for people.</summary>
    public required string Detail { get; init; }
}
