namespace FiveStar.Tests.Differential;

/// <summary>The typed input RulesEngine receives; FiveStar gets the same values as data columns of the same types.</summary>
public sealed class OracleVillage
{
    public double Income { get; init; }

    public double Toilets { get; init; }

    public int Petitions { get; init; }

    public int Households { get; init; }

    public bool Coop { get; init; }
}
