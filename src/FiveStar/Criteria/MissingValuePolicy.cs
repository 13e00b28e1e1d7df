namespace FiveStar.Criteria;

/// <summary>How an award rule counts a criterion whose inputs are missing.</summary>
public enum MissingValuePolicy
{
    /// <summary>A missing criterion counts as not met (the default).</summary>
    NotMet,

    /// <summary>A missing criterion counts as met (for schemes that only rate what is reported).</summary>
    Met,
}
