using FiveStar.Criteria.Json;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>A veto (一票否决): when its expression holds for a village, it removes a star or caps or voids the rating.</summary>
public sealed class VetoDefinition
{
    internal VetoDefinition()
    {
    }

    /// <summary>Gets the veto id.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Gets the veto's names.</summary>
    public LocalizedText Name { get; internal init; } = null!;

    /// <summary>Gets the expression that triggers the veto when true.</summary>
    public string Expression { get; internal init; } = null!;

    /// <summary>Gets what the veto acts on.</summary>
    public VetoScope Scope { get; internal init; }

    /// <summary>Gets what the veto does.</summary>
    public VetoEffect Effect { get; internal init; }

    /// <summary>Gets the category whose star it removes, for category scope.</summary>
    public string? Category { get; internal init; }

    /// <summary>Gets the highest level a village keeps, for <see cref="VetoEffect.CapLevel"/>.</summary>
    public int? CapLevel { get; internal init; }

    /// <summary>Gets the reason shown in results.</summary>
    public LocalizedText Reason { get; internal init; } = null!;

    /// <summary>Gets where the veto comes from.</summary>
    public Provenance? Provenance { get; internal init; }

    /// <summary>Gets where the veto was written: the base's definition first, then each file that changed it.</summary>
    public SourceTrail Trail { get; internal init; } = SourceTrail.None;

    internal SourceRef? Source { get; init; }
}
