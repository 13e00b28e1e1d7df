using BenchmarkDotNet.Attributes;
using FiveStar.Rating;
using FiveStar.Villages;

namespace FiveStar.Benchmarks;

/// <summary>
/// The hot path on one thread: FiveStar <see cref="StarRater.Rate"/> over N villages, versus the hand-written
/// branch-free baseline over the same villages as POCOs, versus tuned RulesEngine over a fixed slice of the first
/// 1,000 (1M RulesEngine villages take about 10 s; compare the ns/village column).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class HotPathBenchmarks
{
    private StarRater _rater = null!;
    private VillageBatch _batch = null!;
    private RatingBuffer _buffer = null!;
    private Village[] _villages = null!;
    private ulong[] _masks = null!;
    private byte[] _stars = null!;
    private RulesEngineRater _rulesEngine = null!;
    private ArraySegment<Village> _slice;

    /// <summary>Gets or sets the number of villages.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Gets the sizes.</summary>
    public static IEnumerable<int> Sizes => BenchSizes.HotPath;

    /// <summary>Generates the villages and checks that all three agree on every village.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
        (_batch, _villages) = VillageGenerator.Generate(_rater, N);
        _rulesEngine = new RulesEngineRater(RulesEngineRater.LoadWorkflows());
        Console.WriteLine(CorrectnessCheck.Verify(_rater, _batch, _villages, _rulesEngine));
        _buffer = _rater.CreateBuffer(N);
        _masks = new ulong[N];
        _stars = new byte[N];
        _slice = new ArraySegment<Village>(_villages, 0, Math.Min(N, BenchSizes.RulesEngineSlice));
    }

    /// <summary>FiveStar, compiled fused delegates over the batch.</summary>
    [Benchmark(Description = "FiveStar Rate")]
    public void FiveStarRate() => _rater.Rate(_batch, _buffer);

    /// <summary>Hand-written branch-free C# over the POCOs.</summary>
    [Benchmark(Description = "Hand-written branch-free")]
    public void HandWritten() => HandWrittenRater.Rate(_villages, _masks, _stars);

    /// <summary>RulesEngine tuned, on the first 1,000 villages only.</summary>
    /// <returns>A task.</returns>
    [Benchmark(Description = "RulesEngine tuned (1,000-village slice)")]
    [Villages(BenchSizes.RulesEngineSlice)]
    public Task RulesEngineTuned() => _rulesEngine.RateAsync(_slice, _masks, _stars);
}
