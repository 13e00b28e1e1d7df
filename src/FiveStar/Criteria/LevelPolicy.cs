namespace FiveStar.Criteria;

/// <summary>How stars become a level.</summary>
/// <param name="Mode">Star count or score bands.</param>
/// <param name="Bands">For <see cref="LevelMode.ScoreBands"/>: the bands, highest first.</param>
public sealed record LevelPolicy(LevelMode Mode, IReadOnlyList<ScoreBand> Bands)
{
    /// <summary>Gets the policy "level = number of stars".</summary>
    public static LevelPolicy StarCount { get; } = new(LevelMode.StarCount, []);
}
