namespace FiveStar.Rating;

/// <summary>What happens when a veto is triggered.</summary>
public enum VetoEffect
{
    /// <summary>The category's star is not awarded (category scope).</summary>
    RevokeStar,

    /// <summary>The village receives no star and level 0 (rating scope).</summary>
    VoidRating,

    /// <summary>The village's level is capped at the veto's cap level (rating scope).</summary>
    CapLevel,
}
