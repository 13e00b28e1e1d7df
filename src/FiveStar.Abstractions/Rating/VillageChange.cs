namespace FiveStar.Rating;

/// <summary>How one village's rating changed between two periods.</summary>
public sealed class VillageChange
{
    /// <summary>Gets the village id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the village name (the later period's, when it is in both).</summary>
    public required string Name { get; init; }

    /// <summary>Gets what changed.</summary>
    public required VillageChangeKind Kind { get; init; }

    /// <summary>Gets the stars in the earlier period, or <see langword="null"/> when the village was not in it or not rated.</summary>
    public int? StarsBefore { get; init; }

    /// <summary>Gets the stars in the later period, or <see langword="null"/> when the village is not in it or not rated.</summary>
    public int? StarsAfter { get; init; }

    /// <summary>Gets the ids of the stars gained, in document order (both periods rated).</summary>
    public required IReadOnlyList<string> Gained { get; init; }

    /// <summary>Gets the ids of the stars lost, in document order (both periods rated).</summary>
    public required IReadOnlyList<string> Lost { get; init; }
}
