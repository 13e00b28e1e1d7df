using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>The outcome of one criterion for one village, with the values it used.</summary>
public sealed class CriterionResult
{
    /// <summary>Gets the criterion id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the criterion's name in Chinese and English.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets whether it passed, was not met, was missing data or failed.</summary>
    public required CriterionState State { get; init; }

    /// <summary>Gets the formatted message: the criterion's error message when not met, the missing indicators, or the error; <see langword="null"/> when passed.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the points earned, in a points category; otherwise <see langword="null"/>.</summary>
    public double? Points { get; init; }

    /// <summary>Gets the indicator and parameter values the criterion read.</summary>
    public required IReadOnlyList<UsedValue> Values { get; init; }
}
