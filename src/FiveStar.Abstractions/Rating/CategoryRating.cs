using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>One category (star) of one village: awarded or not, the points, and why.</summary>
public sealed class CategoryRating
{
    /// <summary>Gets the category id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the category's name in Chinese and English.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets a value indicating whether the star was awarded.</summary>
    public required bool Awarded { get; init; }

    /// <summary>Gets why the star was or was not awarded.</summary>
    public required CategoryOutcome Outcome { get; init; }

    /// <summary>Gets a sentence for people explaining the outcome; <see langword="null"/> when awarded.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the points earned, in a points category; otherwise <see langword="null"/>.</summary>
    public double? Points { get; init; }

    /// <summary>Gets every enabled criterion of the category, in document order.</summary>
    public required IReadOnlyList<CriterionResult> Criteria { get; init; }
}
