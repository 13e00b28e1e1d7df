namespace FiveStar.Rating;

/// <summary>How serious a data problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>Worth reporting; the village is still rated normally.</summary>
    Warning,

    /// <summary>The village's data is wrong; it is listed with its problems and left out of the summary counts.</summary>
    Error,
}
