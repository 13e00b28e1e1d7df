using BenchmarkDotNet.Attributes;
using FiveStar.Rating;
using FiveStar.Villages;

namespace FiveStar.Benchmarks;

/// <summary><see cref="StarRater.RateParallel"/> on all cores versus <see cref="StarRater.Rate"/> on one.</summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class ParallelBenchmarks
{
    private StarRater _rater = null!;
    private VillageBatch _batch = null!;
    private RatingBuffer _buffer = null!;

    /// <summary>Gets or sets the number of villages.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Gets the sizes.</summary>
    public static IEnumerable<int> Sizes => BenchSizes.Parallel;

    /// <summary>Generates the villages; checks Rate against the hand-written baseline and RateParallel against Rate.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rater = StarRaterFactory.Create().FromBuiltIn();
        (_batch, var villages) = VillageGenerator.Generate(_rater, N);
        Console.WriteLine(CorrectnessCheck.Verify(_rater, _batch, villages, rulesEngine: null));
        var serial = _rater.CreateBuffer(N);
        _rater.Rate(_batch, serial);
        _buffer = _rater.CreateBuffer(N);
        _rater.RateParallel(_batch, _buffer);
        var indexes = CorrectnessCheck.PredicateIndexes(_rater);
        for (var v = 0; v < N; v++)
        {
            if (CorrectnessCheck.Mask(serial, v, indexes) != CorrectnessCheck.Mask(_buffer, v, indexes) || serial.GetStars(v) != _buffer.GetStars(v))
            {
                throw new InvalidOperationException($"Village {v}: RateParallel differs from Rate.");
            }
        }

        Console.WriteLine($"RateParallel = Rate for all {N:N0} villages; {Environment.ProcessorCount} cores.");
    }

    /// <summary>One thread.</summary>
    [Benchmark(Baseline = true, Description = "Rate (1 thread)")]
    public void Rate() => _rater.Rate(_batch, _buffer);

    /// <summary>All cores.</summary>
    [Benchmark(Description = "RateParallel (all cores)")]
    public void RateParallel() => _rater.RateParallel(_batch, _buffer);
}
