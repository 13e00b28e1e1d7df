namespace FiveStar.Criteria;

/// <summary>One score band: a total of at least <see cref="MinScore"/> points gives <see cref="Level"/>.</summary>
public sealed class ScoreBand : IEquatable<ScoreBand>
{
    /// <summary>Initializes a new instance of the <see cref="ScoreBand"/> class.</summary>
    /// <param name="minScore">The lowest total points of the band.</param>
    /// <param name="level">The level the band gives.</param>
    internal ScoreBand(double minScore, int level)
    {
        MinScore = minScore;
        Level = level;
    }

    /// <summary>Gets the lowest total points of the band.</summary>
    public double MinScore { get; }

    /// <summary>Gets the level the band gives.</summary>
    public int Level { get; }

    /// <summary>Compares two ScoreBand values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ScoreBand? left, ScoreBand? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two ScoreBand values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ScoreBand? left, ScoreBand? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ScoreBand? other) => other is not null && EqualityComparer<double>.Default.Equals(MinScore, other.MinScore) && EqualityComparer<int>.Default.Equals(Level, other.Level);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoreBand);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinScore, Level);
}
