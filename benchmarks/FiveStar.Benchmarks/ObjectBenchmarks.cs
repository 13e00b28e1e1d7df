using BenchmarkDotNet.Attributes;
using FiveStar.Rating;
using FiveStar.Villages;

namespace FiveStar.Benchmarks;

/// <summary>
/// Rating the application's own objects: the same N villages as <see cref="Village"/> objects, added to a reused batch
/// through the compiled binding (<see cref="VillageBinding{T}.AddTo"/>, every value checked as the readers check it)
/// and rated, versus the batch path filled from the same objects with one <see cref="VillageBatch.Set(int, int, double)"/>
/// per value and rated (the baseline), versus rating the already filled batch alone.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class ObjectBenchmarks
{
    private StarRater _rater = null!;
    private VillageBinding<Village> _binding = null!;
    private VillageGenerator _generator = null!;
    private Village[] _villages = null!;
    private VillageBatch _filled = null!;
    private VillageBatch _batch = null!;
    private RatingBuffer _buffer = null!;

    /// <summary>Gets or sets the number of villages.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Gets the sizes.</summary>
    public static IEnumerable<int> Sizes => BenchSizes.Objects;

    /// <summary>Generates the villages, binds the class and checks both paths give the same stars.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
        (_filled, _villages) = VillageGenerator.Generate(_rater, N);
        _generator = new VillageGenerator(_rater);
        _binding = _rater.Bind<Village>();
        _batch = _rater.CreateBatch(N);
        _buffer = _rater.CreateBuffer(N);
        var expected = _rater.CreateBuffer(N);
        _rater.Rate(_filled, expected);
        Objects();
        for (var v = 0; v < N; v++)
        {
            if (_buffer.GetAwardedMask(v) != expected.GetAwardedMask(v) || _batch.HasProblems(v))
            {
                throw new InvalidOperationException($"Village {v}: the object path and the batch path disagree.");
            }
        }
    }

    /// <summary>The batch path: one Set per value from the same objects, then Rate.</summary>
    [Benchmark(Baseline = true, Description = "Batch: Add/Set from objects + Rate")]
    public void BatchFromObjects()
    {
        _batch.Clear();
        foreach (var village in _villages)
        {
            _generator.Add(_batch, village);
        }

        _rater.Rate(_batch, _buffer);
    }

    /// <summary>The objects through the compiled binding, then Rate.</summary>
    [Benchmark(Description = "Objects: binding AddTo + Rate")]
    public void Objects()
    {
        _batch.Clear();
        foreach (var village in _villages)
        {
            _binding.AddTo(_batch, village);
        }

        _rater.Rate(_batch, _buffer);
    }

    /// <summary>Rate alone over a batch filled once, for reference (the hot path of <see cref="HotPathBenchmarks"/>).</summary>
    [Benchmark(Description = "Rate alone (batch filled in setup)")]
    public void RateOnly() => _rater.Rate(_filled, _buffer);
}
