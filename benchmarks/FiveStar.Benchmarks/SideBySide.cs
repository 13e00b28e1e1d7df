using System.Diagnostics;
using System.Globalization;
using System.Text;
using FiveStar.Rating;

namespace FiveStar.Benchmarks;

/// <summary>
/// The suite's own side-by-side measurements of the #16 ratio targets, for a VM whose speed drifts by a third over
/// minutes: BenchmarkDotNet runs each method in its own process, one after the other, so drift lands in the ratio.
/// Here both sides run in one process, in alternating pairs (A B, then B A), after warm-up runs enough for the JIT's
/// final tier; each pair gives a ratio, and the report gives their median and range beside each side's median time.
/// </summary>
public static class SideBySide
{
    /// <summary><c>side-e2e [N] [pairs]</c>: <c>fivestar score --format csv --out</c> against Sep parse-only, target 1.</summary>
    /// <param name="n">The villages in the file.</param>
    /// <param name="pairs">The pairs timed.</param>
    /// <returns>The report.</returns>
    public static string EndToEnd(int n, int pairs)
    {
        var path = VillageCsvFile.Ensure(n);
        var results = VillageCsvFile.ResultsPath();
        var criteria = VillageCsvFile.CriteriaPath();
        var report = Compare(
            $"end to end, {n:N0} villages (target 1: at most 1.5)",
            ("Sep parse-only", () => SepParseOnly.Run(path)),
            ("fivestar score --format csv", () => Cli.CliApp.Run(["score", "--criteria", criteria, "--villages", path, "--format", "csv", "--out", results], TextWriter.Null, TextWriter.Null)),
            warmups: 2,
            pairs);
        File.Delete(results);
        return report;
    }

    /// <summary>
    /// <c>side-parallel [pairs] [N...]</c>: <see cref="StarRater.Rate"/> against <see cref="StarRater.RateParallel"/>,
    /// target 4, and the hand-written baseline on one thread against all cores: what the machine itself gives.
    /// </summary>
    /// <param name="sizes">The batch sizes.</param>
    /// <param name="pairs">The pairs timed per size.</param>
    /// <returns>The report.</returns>
    public static string Parallel(IEnumerable<int> sizes, int pairs)
    {
        var text = new StringBuilder();
        var rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
        foreach (var n in sizes)
        {
            var (batch, villages) = VillageGenerator.Generate(rater, n);
            var buffer = rater.CreateBuffer(n);
            var masks = new ulong[n];
            var stars = new byte[n];
            var cores = Environment.ProcessorCount;

            // Rate over 100,000 villages takes milliseconds: enough calls for the JIT's call counting to reach tier 1.
            text.Append(Compare(
                $"RateParallel speed-up, {n:N0} villages, {cores} cores (target 4: at least 1.7)",
                ("RateParallel (all cores)", () => rater.RateParallel(batch, buffer)),
                ("Rate (1 thread)", () => rater.Rate(batch, buffer)),
                warmups: 40,
                pairs));

            // What this machine gives two threads at all: the hand-written loop over the same villages, one share per core.
            text.Append(Compare(
                $"hand-written speed-up, {n:N0} villages, {cores} cores (the machine's own)",
                ($"hand-written, {cores} threads", () => HandWrittenRater.RateParallel(villages, masks, stars)),
                ("hand-written, 1 thread", () => HandWrittenRater.Rate(villages, masks, stars)),
                warmups: 40,
                pairs));
        }

        return text.ToString();
    }

    /// <summary>Times <paramref name="b"/> against <paramref name="a"/>; the ratio is b's time over a's.</summary>
    private static string Compare(string title, (string Name, Action Run) a, (string Name, Action Run) b, int warmups, int pairs)
    {
        for (var i = 0; i < warmups; i++)
        {
            a.Run();
            b.Run();
        }

        var timesA = new double[pairs];
        var timesB = new double[pairs];
        var ratios = new double[pairs];
        for (var p = 0; p < pairs; p++)
        {
            if (p % 2 == 0)
            {
                timesA[p] = Time(a.Run);
                timesB[p] = Time(b.Run);
            }
            else
            {
                timesB[p] = Time(b.Run);
                timesA[p] = Time(a.Run);
            }

            ratios[p] = timesB[p] / timesA[p];
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{title}; {pairs} alternating pairs after {warmups} warm-up runs each\n");
        text.Append(CultureInfo.InvariantCulture, $"  {a.Name,-30} median {Median(timesA),9:F1} ms  (range {timesA.Min():F1}-{timesA.Max():F1})\n");
        text.Append(CultureInfo.InvariantCulture, $"  {b.Name,-30} median {Median(timesB),9:F1} ms  (range {timesB.Min():F1}-{timesB.Max():F1})\n");
        text.Append(CultureInfo.InvariantCulture, $"  ratio {b.Name} / {a.Name}: median {Median(ratios):F2}  (range {ratios.Min():F2}-{ratios.Max():F2})\n");
        return text.ToString();
    }

    private static double Time(Action run)
    {
        var watch = Stopwatch.StartNew();
        run();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
