namespace FiveStar.Criteria;

/// <summary>One score band: a total of at least <paramref name="MinScore"/> points gives <paramref name="Level"/>.</summary>
/// <param name="MinScore">The lowest total points of the band.</param>
/// <param name="Level">The level the band gives.</param>
public sealed record ScoreBand(double MinScore, int Level);
