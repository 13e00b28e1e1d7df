using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;

namespace FiveStar.Benchmarks;

/// <summary>
/// The cold path phase by phase in this fresh process: the methods JIT'd, the JIT time, the bytes allocated and the collections (gen 0/1/2) after creating the factory,
/// loading the default document and rating one village. Method counts are nearly deterministic, so they show progress
/// on a loaded machine where wall times do not (<c>benchmarks/README.md</c>, cold start).
/// </summary>
internal static class ColdProbe
{
    /// <summary>Runs the phases once and describes each.</summary>
    /// <returns>One line per phase.</returns>
    public static string Run()
    {
        var text = new StringBuilder();
        var started = Stopwatch.GetTimestamp();
        void Mark(string phase) => text.AppendLine(CultureInfo.InvariantCulture, $"{phase,-14} {Stopwatch.GetElapsedTime(started).TotalMilliseconds,8:F1} ms  jit {JitInfo.GetCompiledMethodCount(),6} methods {JitInfo.GetCompilationTime().TotalMilliseconds,7:F1} ms  allocated {GC.GetTotalAllocatedBytes() / 1024.0 / 1024:F1} MiB  collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        Mark("start");
        var factory = StarRaterFactory.Create(b => b.AddStandardCategories());
        Mark("factory");
        var rater = factory.FromBuiltIn(StandardCriteria.HenanRural2022);
        Mark("loaded");
        var batch = rater.CreateBatch(1);
        batch.Add("v1", "v1");
        var buffer = rater.CreateBuffer(1);
        rater.Rate(batch, buffer);
        Mark("first result");
        return text.ToString();
    }
}
