namespace FiveStar.Rating;

/// <summary>The outcome of one criterion for one village, with the values it used.</summary>
/// <param name="Id">The criterion id.</param>
/// <param name="State">Whether it passed, was not met, was missing data or failed.</param>
/// <param name="Message">The formatted message: the criterion's error message when not met, the missing indicators, or the error.</param>
/// <param name="Points">The points earned, in a points category; otherwise <see langword="null"/>.</param>
/// <param name="Values">The indicator and parameter values the criterion read.</param>
public sealed record CriterionResult(
    string Id,
    CriterionState State,
    string? Message,
    double? Points,
    IReadOnlyList<UsedValue> Values);
