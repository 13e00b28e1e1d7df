using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>A veto (一票否决) that was triggered for a village.</summary>
public sealed class AppliedVeto
{
    /// <summary>Gets the veto id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the veto's name in Chinese and English.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets whether it acts on one category or the whole rating.</summary>
    public required VetoScope Scope { get; init; }

    /// <summary>Gets what it did.</summary>
    public required VetoEffect Effect { get; init; }

    /// <summary>Gets the category whose star it removed, for category scope; otherwise <see langword="null"/>.</summary>
    public string? CategoryId { get; init; }

    /// <summary>Gets the reason shown to people.</summary>
    public required string Reason { get; init; }
}
