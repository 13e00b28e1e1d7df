namespace FiveStar.Rating;

/// <summary>One category (star) of one village: awarded or not, the points, and why.</summary>
/// <param name="Id">The category id.</param>
/// <param name="Awarded">Whether the star was awarded.</param>
/// <param name="Outcome">Why the star was or was not awarded.</param>
/// <param name="Reason">A sentence for people explaining the outcome; <see langword="null"/> when awarded.</param>
/// <param name="Points">The points earned, in a points category; otherwise <see langword="null"/>.</param>
/// <param name="Criteria">Every enabled criterion of the category, in document order.</param>
public sealed record CategoryRating(
    string Id,
    bool Awarded,
    CategoryOutcome Outcome,
    string? Reason,
    double? Points,
    IReadOnlyList<CriterionResult> Criteria);
