namespace FiveStar.Rating;

/// <summary>A value a criterion read, as shown in explanations.</summary>
public sealed class UsedValue
{
    /// <summary>Gets the indicator or parameter id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the value as invariant text for people (<c>36,000</c>, <c>true</c>, an enumeration value), or <see langword="null"/> when it is missing.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the value as a number (true is 1, false 0), unrounded; <see langword="null"/> when it is missing or is text.</summary>
    public double? Number { get; init; }
}
