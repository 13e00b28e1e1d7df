using FiveStar.Indicators;
using FiveStar.Villages;

namespace FiveStar.Tests.Differential;

/// <summary>The typed village RulesEngine is given as <c>input1</c>; FiveStar reads the same values from typed columns.</summary>
public sealed class DiffVillage
{
    /// <summary>The columns FiveStar compiles the workflow against, typed like the properties.</summary>
    public static readonly IReadOnlyList<VillageColumn> Columns =
    [
        new("A", IndicatorType.Number),
        new("B", IndicatorType.Number),
        new("C", IndicatorType.Number),
        new("I", IndicatorType.WholeNumber),
        new("J", IndicatorType.WholeNumber),
        new("K", IndicatorType.WholeNumber),
        new("P", IndicatorType.Boolean),
        new("Q", IndicatorType.Boolean),
    ];

    public double A { get; set; }

    public double B { get; set; }

    public double C { get; set; }

    public int I { get; set; }

    public int J { get; set; }

    public int K { get; set; }

    public bool P { get; set; }

    public bool Q { get; set; }

    /// <summary>A village whose numbers are often zero (to divide by), sometimes negative or fractional.</summary>
    public static DiffVillage Random(Random random)
    {
        double Real() => random.Next(6) == 0 ? 0 : Math.Round((random.NextDouble() * 120) - 40, random.Next(2));
        int Whole() => random.Next(5) == 0 ? 0 : random.Next(-6, 25);
        return new DiffVillage { A = Real(), B = Real(), C = Real(), I = Whole(), J = Whole(), K = Whole(), P = random.Next(2) == 0, Q = random.Next(2) == 0 };
    }

    /// <summary>Adds the village to a FiveStar batch.</summary>
    public void AddTo(VillageBatch batch, string id)
    {
        var row = batch.Add(id, id);
        batch.Set(row, "A", A);
        batch.Set(row, "B", B);
        batch.Set(row, "C", C);
        batch.Set(row, "I", I);
        batch.Set(row, "J", J);
        batch.Set(row, "K", K);
        batch.Set(row, "P", P);
        batch.Set(row, "Q", Q);
    }

    public override string ToString() =>
        FormattableString.Invariant($"A={A} B={B} C={C} I={I} J={J} K={K} P={P} Q={Q}");
}
