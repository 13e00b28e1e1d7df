using BenchmarkDotNet.Configs;

namespace FiveStar.Benchmarks;

/// <summary>Adds the per-village columns (the default CSV report, which the <c>chart</c> mode reads, carries them too).</summary>
public class BenchConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="BenchConfig"/> class.</summary>
    public BenchConfig()
    {
        AddColumn(new PerVillageColumn(allocation: false), new PerVillageColumn(allocation: true));
    }
}
