using System.Diagnostics;
using System.Globalization;

namespace FiveStar.Benchmarks;

/// <summary>
/// <c>probe-objects [N]</c>: a quick Stopwatch cross-check outside BenchmarkDotNet (median of 7 passes after 2 warm-up
/// passes) of the object path's parts: <c>Rate</c> alone, the binding's <c>AddTo</c> alone, both, and the batch path
/// filled with one <c>Set</c> per value.
/// </summary>
public static class ObjectProbe
{
    /// <summary>Runs the probe.</summary>
    /// <param name="n">The villages.</param>
    /// <returns>The report.</returns>
    public static string Run(int n) => Run(n, -1);

    /// <summary>Runs the probe, or with <paramref name="repeat"/> of 0 or more only the binding's <c>AddTo</c> that many times (for <c>perf stat</c>).</summary>
    /// <param name="n">The villages.</param>
    /// <param name="repeat">How many times to run <c>AddTo</c> alone; negative for the whole probe.</param>
    /// <returns>The report.</returns>
    public static string Run(int n, int repeat)
    {
        var rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
        var (filled, villages) = VillageGenerator.Generate(rater, n);
        var generator = new VillageGenerator(rater);
        var binding = rater.Bind<Village>();
        var batch = rater.CreateBatch(n);
        var buffer = rater.CreateBuffer(n);

        void AddAll()
        {
            batch.Clear();
            foreach (var village in villages)
            {
                binding.AddTo(batch, village);
            }
        }

        void SetAll()
        {
            batch.Clear();
            foreach (var village in villages)
            {
                generator.Add(batch, village);
            }
        }

        if (repeat >= 0)
        {
            for (var i = 0; i < repeat; i++)
            {
                AddAll();
            }

            return $"AddTo x{repeat}\n";
        }

        var rows = new (string Name, Action Run)[]
        {
            ("Rate alone (filled batch)", () => rater.Rate(filled, buffer)),
            ("Objects: AddTo only", AddAll),
            ("Objects: AddTo + Rate", () => { AddAll(); rater.Rate(batch, buffer); }),
            ("Batch: Add/Set + Rate", () => { SetAll(); rater.Rate(batch, buffer); }),
        };
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"probe-objects N={n:N0}, median of 7 (ns/village, bytes/village)\n");
        foreach (var (name, run) in rows)
        {
            run();
            run();
            var samples = new double[7];
            var bytes = new double[7];
            for (var i = 0; i < samples.Length; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                run();
                samples[i] = watch.Elapsed.TotalNanoseconds / n;
                bytes[i] = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)n;
            }

            Array.Sort(samples);
            Array.Sort(bytes);
            text.Append(CultureInfo.InvariantCulture, $"  {name,-28} {samples[3],8:F1}  (min {samples[0]:F1}, max {samples[^1]:F1})  {bytes[3]:F1} B\n");
        }

        return text.ToString();
    }
}
