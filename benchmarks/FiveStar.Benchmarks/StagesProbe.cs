using System.Diagnostics;
using System.Globalization;
using FiveStar.Rating;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.Benchmarks;

/// <summary>
/// <c>stages [N]</c>: where the end-to-end time goes, one stage added at a time on the end-to-end file (Stopwatch, wall
/// and process CPU time, median of 3 after a first run, which is shown too: it includes the JIT): Sep parse-only, <see cref="VillageReader"/> alone, reading and
/// rating, and the whole <c>fivestar score --format csv --out</c>. CPU time above wall time shows both cores at work.
/// </summary>
public static class StagesProbe
{
    private const int BlockSize = 16_384;

    /// <summary>Runs the probe.</summary>
    /// <param name="n">The villages in the file.</param>
    /// <param name="only">Runs only the stages whose names contain this text; all when null.</param>
    /// <returns>The report.</returns>
    public static string Run(int n, string? only = null)
    {
        var path = VillageCsvFile.Ensure(n);
        var results = VillageCsvFile.ResultsPath();
        var criteria = VillageCsvFile.CriteriaPath();
        var rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
        var batch = rater.CreateBatch(BlockSize);
        var buffer = rater.CreateBuffer(BlockSize);

        long Read(bool rate)
        {
            using var reader = VillageReader.Open(path, rater.Schema);
            long villages = 0;
            while (reader.ReadBatch(batch, BlockSize) is var count and > 0)
            {
                if (rate)
                {
                    rater.Rate(batch, buffer);
                }

                villages += count;
                batch.Clear();
            }

            return villages;
        }

        var stages = new (string Name, Func<long> Run)[]
        {
            ("Sep parse-only", () => (long)SepParseOnly.Run(path)),
            ("VillageReader", () => Read(rate: false)),
            ("VillageReader + Rate", () => Read(rate: true)),
            ("fivestar score --format csv", () => Cli.CliApp.Run(["score", "--criteria", criteria, "--villages", path, "--format", "csv", "--out", results], TextWriter.Null, TextWriter.Null)),
        };
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"stages N={n:N0}, {Environment.ProcessorCount} cores, median of 3 after a first run (wall s / CPU s)\n");
        using var process = Process.GetCurrentProcess();
        foreach (var (name, run) in stages.Where(s => only is null || s.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var first = Stopwatch.StartNew();
            run();
            var firstWall = first.Elapsed.TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            run();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var samples = new (double Wall, double Cpu)[3];
            for (var i = 0; i < samples.Length; i++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                run();
                watch.Stop();
                process.Refresh();
                samples[i] = (watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
            }

            Array.Sort(samples);
            text.Append(CultureInfo.InvariantCulture, $"  {name,-30} {samples[1].Wall,6:F2} s wall  {samples[1].Cpu,6:F2} s CPU  (wall {samples[0].Wall:F2}-{samples[^1].Wall:F2}; first run {firstWall:F2}; {allocated / 1048576.0:F0} MiB allocated a run)\n");
        }

        File.Delete(results);
        return text.ToString();
    }
}
