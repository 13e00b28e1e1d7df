using BenchmarkDotNet.Attributes;
using FiveStar.Rating;
using FiveStar.Villages;

namespace FiveStar.Benchmarks;

/// <summary>
/// <see cref="StarRater.RateParallel"/> on all cores versus <see cref="StarRater.Rate"/> on one. The setup puts the
/// process and the benchmark thread back to normal priority: BenchmarkDotNet raises both, and on this 2-core Linux VM
/// (run as root, so the raise takes effect) the Highest-priority benchmark thread starves the thread-pool worker that
/// <c>Parallel.For</c> needs, so no parallel code scales, not even the hand-written loop (BenchmarkDotNet issue #5;
/// <c>probe --high-priority</c> reproduces it). Both methods run at the same, normal priority.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class ParallelBenchmarks
{
    private StarRater _rater = null!;
    private VillageBatch _batch = null!;
    private RatingBuffer _buffer = null!;
    private int _resets;

    /// <summary>Gets or sets the number of villages.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>Gets the sizes.</summary>
    public static IEnumerable<int> Sizes => BenchSizes.Parallel;

    /// <summary>Generates the villages; checks Rate against the hand-written baseline and RateParallel against Rate.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using (var process = System.Diagnostics.Process.GetCurrentProcess())
        {
            Console.WriteLine($"Setup: process priority {process.PriorityClass}, thread priority {Thread.CurrentThread.Priority}.");
            process.PriorityClass = System.Diagnostics.ProcessPriorityClass.Normal;
        }

        Thread.CurrentThread.Priority = ThreadPriority.Normal;
        _rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
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
    public void Rate()
    {
        NormalPriority();
        _rater.Rate(_batch, _buffer);
    }

    /// <summary>All cores.</summary>
    [Benchmark(Description = "RateParallel (all cores)")]
    public void RateParallel()
    {
        NormalPriority();
        _rater.RateParallel(_batch, _buffer);
    }

    /// <summary>Reports how often the benchmark thread's priority had to be put back.</summary>
    [GlobalCleanup]
    public void Cleanup() => Console.WriteLine($"Thread priority reset {_resets} times during the run.");

    private void NormalPriority()
    {
        var thread = Thread.CurrentThread;
        if (thread.Priority != ThreadPriority.Normal)
        {
            thread.Priority = ThreadPriority.Normal;
            _resets++;
        }
    }
}
