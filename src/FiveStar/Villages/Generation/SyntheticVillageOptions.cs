namespace FiveStar.Villages.Generation;

/// <summary>Options of a <see cref="SyntheticVillageGenerator"/>.</summary>
public sealed class SyntheticVillageOptions
{
    /// <summary>Gets or sets the seed: the same criteria, seed and options give the same villages on every machine.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets the share of villages that lack one value (an optional indicator left empty); 0.02 by default.</summary>
    public double MissingValueRate { get; set; } = 0.02;

    /// <summary>
    /// Gets or sets villages to learn each indicator's value range from (for criteria whose columns come from data, such
    /// as a plain RulesEngine workflow file); <see langword="null"/> to use the indicators' valid ranges and thresholds.
    /// </summary>
    public VillageBatch? Sample { get; set; }
}
