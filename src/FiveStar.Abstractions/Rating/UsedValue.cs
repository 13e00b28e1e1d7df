namespace FiveStar.Rating;

/// <summary>A value a criterion read, as shown in explanations.</summary>
/// <param name="Id">The indicator or parameter id.</param>
/// <param name="Value">The value as invariant text, or <see langword="null"/> when it is missing.</param>
public sealed record UsedValue(string Id, string? Value);
