using FiveStar.Criteria.Json;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>A veto (一票否决): when its expression holds for a village, it removes a star or caps or voids the rating.</summary>
public sealed record VetoDefinition
{
    /// <summary>Gets the veto id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the veto's names.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets the expression that triggers the veto when true.</summary>
    public required string Expression { get; init; }

    /// <summary>Gets what the veto acts on.</summary>
    public required VetoScope Scope { get; init; }

    /// <summary>Gets what the veto does.</summary>
    public required VetoEffect Effect { get; init; }

    /// <summary>Gets the category whose star it removes, for category scope.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the highest level a village keeps, for <see cref="VetoEffect.CapLevel"/>.</summary>
    public int? CapLevel { get; init; }

    /// <summary>Gets the reason shown in results.</summary>
    public required LocalizedText Reason { get; init; }

    /// <summary>Gets where the veto comes from.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Gets where the veto was written: the base's definition first, then each file that changed it.</summary>
    public SourceTrail Trail { get; init; } = SourceTrail.None;

    internal SourceRef? Source { get; init; }
}
