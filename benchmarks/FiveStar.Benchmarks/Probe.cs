using System.Diagnostics;
using System.Globalization;

namespace FiveStar.Benchmarks;

/// <summary>
/// <c>probe [N]</c>: a quick Stopwatch cross-check outside BenchmarkDotNet (median of 9 passes after 3 warm-up passes)
/// of FiveStar Rate and RateParallel against the hand-written baseline on one and on all cores. It separates what the
/// machine can do in parallel (the hand-written loop on 2 threads) from what FiveStar does.
/// </summary>
public static class Probe
{
    /// <summary>Runs the probe.</summary>
    /// <param name="n">The villages.</param>
    /// <returns>The report.</returns>
    public static string Run(int n)
    {
        var rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
        var (batch, villages) = VillageGenerator.Generate(rater, n);
        var buffer = rater.CreateBuffer(n);
        var masks = new ulong[n];
        var stars = new byte[n];
        var cores = Environment.ProcessorCount;
        var rows = new (string Name, Action Run)[]
        {
            ("FiveStar Rate", () => rater.Rate(batch, buffer)),
            ("FiveStar RateParallel", () => rater.RateParallel(batch, buffer)),
            ("Hand-written, 1 thread", () => HandWrittenRater.Rate(villages, masks, stars)),
            ($"Hand-written, {cores} threads", () => HandWrittenRater.RateParallel(villages, masks, stars)),
        };
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"probe N={n:N0}, {cores} cores, median of 9 (ns/village)\n");
        foreach (var (name, run) in rows)
        {
            for (var i = 0; i < 3; i++)
            {
                run();
            }

            var samples = new double[9];
            for (var i = 0; i < samples.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                run();
                samples[i] = watch.Elapsed.TotalNanoseconds / n;
            }

            Array.Sort(samples);
            text.Append(CultureInfo.InvariantCulture, $"  {name,-26} {samples[4],8:F1}  (min {samples[0]:F1}, max {samples[^1]:F1})\n");
        }

        return text.ToString();
    }
}
