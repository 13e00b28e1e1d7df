namespace FiveStar.Rating;

/// <summary>The outcome of one criterion for one village.</summary>
public enum CriterionState : byte
{
    /// <summary>The criterion was met.</summary>
    Passed = 1,

    /// <summary>The criterion was evaluated and not met.</summary>
    NotMet = 2,

    /// <summary>An indicator the criterion reads is missing for this village, so it was neither met nor failed.</summary>
    Missing = 3,

    /// <summary>Evaluating the criterion failed for this village (for example a helper threw or an integer division by zero).</summary>
    Error = 4,
}
