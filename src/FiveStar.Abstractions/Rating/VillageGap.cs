namespace FiveStar.Rating;

/// <summary>
/// What one village lacks for each star it does not hold (查找短板、补齐弱项): the star it can earn next, and for every
/// other star what must be fixed or what must come first.
/// </summary>
public sealed class VillageGap
{
    /// <summary>Gets the village id.</summary>
    public required string VillageId { get; init; }

    /// <summary>Gets the village name.</summary>
    public required string VillageName { get; init; }

    /// <summary>Gets the number of stars the village holds.</summary>
    public required int Stars { get; init; }

    /// <summary>
    /// Gets the star the village can earn next: the cheapest <see cref="StarGapStatus.Attainable"/> star, or
    /// <see langword="null"/> when it holds every star or no star can be earned before something else changes (then
    /// <see cref="Missing"/> says what must come first).
    /// </summary>
    public StarGap? Next { get; init; }

    /// <summary>Gets every star the village does not hold: attainable ones first, cheapest first, then those waiting for prerequisites, then vetoed ones.</summary>
    public required IReadOnlyList<StarGap> Missing { get; init; }
}
