using System.Diagnostics;
using System.Globalization;

namespace FiveStar.Benchmarks;

/// <summary>
/// <c>memory N</c>: runs <c>fivestar score</c> (in process, CSV results to a file) on an N-village file and reports the
/// process's peak resident memory (VmHWM), to show that scoring streams: run it once per N, each in a fresh process.
/// </summary>
public static class PeakMemory
{
    /// <summary>Runs the measurement.</summary>
    /// <param name="villages">The villages in the file.</param>
    /// <returns>The report line.</returns>
    public static string Run(int villages)
    {
        var path = VillageCsvFile.Ensure(villages);
        var criteria = VillageCsvFile.CriteriaPath();
        var results = VillageCsvFile.ResultsPath();
        var before = PeakResidentKilobytes();
        var clock = Stopwatch.StartNew();
        var exitCode = Cli.CliApp.Run(["score", "--criteria", criteria, "--villages", path, "--format", "csv", "--out", results], TextWriter.Null, TextWriter.Null);
        clock.Stop();
        File.Delete(results);
        var peak = PeakResidentKilobytes();
        return string.Create(CultureInfo.InvariantCulture, $"memory N={villages:N0}: exit {exitCode}, {clock.Elapsed.TotalSeconds:F1} s, peak RSS {peak / 1024.0:N0} MiB (before scoring {before / 1024.0:N0} MiB), file {new FileInfo(path).Length / (1 << 20):N0} MiB");
    }

    private static long PeakResidentKilobytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
