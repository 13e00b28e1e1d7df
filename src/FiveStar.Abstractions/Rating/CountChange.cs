namespace FiveStar.Rating;

/// <summary>A count in the earlier and in the later period.</summary>
public sealed class CountChange
{
    /// <summary>Gets the count in the earlier period.</summary>
    public required long Before { get; init; }

    /// <summary>Gets the count in the later period.</summary>
    public required long After { get; init; }
}
