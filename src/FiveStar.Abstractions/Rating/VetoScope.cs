namespace FiveStar.Rating;

/// <summary>What a veto (一票否决) acts on.</summary>
public enum VetoScope
{
    /// <summary>The veto removes one category's star.</summary>
    Category,

    /// <summary>The veto caps or voids the whole rating.</summary>
    Rating,
}
