namespace FiveStar.Criteria;

/// <summary>How stars become a level.</summary>
public sealed class LevelPolicy : IEquatable<LevelPolicy>
{
    /// <summary>Initializes a new instance of the <see cref="LevelPolicy"/> class.</summary>
    /// <param name="mode">Star count or score bands.</param>
    /// <param name="bands">For <see cref="LevelMode.ScoreBands"/>: the bands, highest first.</param>
    internal LevelPolicy(LevelMode mode, IReadOnlyList<ScoreBand> bands)
    {
        Mode = mode;
        Bands = bands;
    }

    /// <summary>Gets whether the level is the star count or comes from score bands.</summary>
    public LevelMode Mode { get; }

    /// <summary>Gets, for <see cref="LevelMode.ScoreBands"/>: the bands, highest first.</summary>
    public IReadOnlyList<ScoreBand> Bands { get; }

    /// <summary>Gets the policy "level = number of stars".</summary>
    public static LevelPolicy StarCount { get; } = new(LevelMode.StarCount, []);

    /// <summary>Compares two LevelPolicy values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(LevelPolicy? left, LevelPolicy? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two LevelPolicy values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(LevelPolicy? left, LevelPolicy? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(LevelPolicy? other) => other is not null && EqualityComparer<LevelMode>.Default.Equals(Mode, other.Mode) && EqualityComparer<IReadOnlyList<ScoreBand>>.Default.Equals(Bands, other.Bands);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LevelPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mode, Bands);
}
