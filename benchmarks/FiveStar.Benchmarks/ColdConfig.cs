using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace FiveStar.Benchmarks;

/// <summary>The per-village columns and, outside smoke mode, a cold-start job: 5 fresh processes, one call each.</summary>
public sealed class ColdConfig : BenchConfig
{
    /// <summary>Initializes a new instance of the <see cref="ColdConfig"/> class.</summary>
    public ColdConfig()
    {
        if (!BenchSizes.Smoke)
        {
            AddJob(Job.Dry.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(5).WithId("ColdStart-5x"));
        }
    }
}
