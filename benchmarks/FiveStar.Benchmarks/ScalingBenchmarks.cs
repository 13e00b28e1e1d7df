using BenchmarkDotNet.Attributes;
using FiveStar.Rating;
using FiveStar.Villages;

namespace FiveStar.Benchmarks;

/// <summary>
/// Time per village of <see cref="StarRater.Rate"/> from 1,000 to 10,000,000 villages (the batch alone: 10M × 60
/// doubles is 4.8 GB; no POCOs are kept). <c>chart</c> draws benchmarks/scaling.svg from this class's CSV report.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class ScalingBenchmarks
{
    private StarRater _rater = null!;
    private VillageBatch _batch = null!;
    private RatingBuffer _buffer = null!;

    /// <summary>Gets or sets the number of villages.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Gets the sizes.</summary>
    public static IEnumerable<int> Sizes => BenchSizes.Scaling;

    /// <summary>Generates the batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
        (_batch, _) = VillageGenerator.Generate(_rater, N, withPocos: false);
        _buffer = _rater.CreateBuffer(N);
        Console.WriteLine($"Generated {N:N0} villages; batch {(long)N * _rater.Schema.Count * sizeof(double) / (1 << 20):N0} MiB; GC heap {GC.GetTotalMemory(false) / (1 << 20):N0} MiB.");
    }

    /// <summary>Rate all N villages.</summary>
    [Benchmark(Description = "FiveStar Rate")]
    public void Rate() => _rater.Rate(_batch, _buffer);
}
