using BenchmarkDotNet.Attributes;
using FiveStar.Rating;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.Benchmarks;

/// <summary>
/// A 1,000,000-village CSV file with every indicator. FiveStar: <c>fivestar score --format csv --out results.csv</c>,
/// run in process through <see cref="Cli.CliApp.Run"/> (the tool's own code: read and check every field, rate, write
/// one result row per village, the summary). Baseline: <see cref="SepParseOnly"/> on the same file.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class EndToEndBenchmarks
{
    private const int BatchSize = 65_536;

    private string _path = null!;
    private string _resultsPath = null!;
    private string _criteriaPath = null!;
    private StarRater _rater = null!;

    /// <summary>Gets the villages in the file.</summary>
    public static int Villages => BenchSizes.EndToEnd;

    /// <summary>Writes the file when missing; checks that FiveStar reads it back to the generated values' ratings.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = VillageCsvFile.Ensure(Villages);
        _resultsPath = VillageCsvFile.ResultsPath();
        _criteriaPath = VillageCsvFile.CriteriaPath();
        _rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
        var exitCode = Score();
        var rows = File.ReadLines(_resultsPath).Count() - 1;
        if (exitCode != 0 || rows != Villages)
        {
            throw new InvalidOperationException($"fivestar score exited with {exitCode} and wrote {rows} villages, expected 0 and {Villages}.");
        }

        // The first batch read from the file must rate as the generated villages do.
        var (batch, villages) = VillageGenerator.Generate(_rater, Math.Min(Villages, BatchSize));
        var fromFile = _rater.CreateBatch(BatchSize);
        using (var reader = VillageReader.Open(_path, _rater.Schema))
        {
            reader.ReadBatch(fromFile, batch.Count);
        }

        Console.WriteLine(CorrectnessCheck.Verify(_rater, fromFile, villages, rulesEngine: null));
        Console.WriteLine($"Parse-only checksum {ParseOnly():R}; file {new FileInfo(_path).Length / (1 << 20):N0} MiB.");
    }

    /// <summary>Deletes the results file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_resultsPath);

    /// <summary><c>fivestar score</c> on the file, CSV results to a file.</summary>
    /// <returns>The exit code (0: every village rated).</returns>
    [Benchmark(Description = "fivestar score --format csv")]
    public int Score() =>
        Cli.CliApp.Run(["score", "--criteria", _criteriaPath, "--villages", _path, "--format", "csv", "--out", _resultsPath], TextWriter.Null, TextWriter.Null);

    /// <summary>Sep parse of every field to its value, nothing else.</summary>
    /// <returns>A checksum of the values.</returns>
    [Benchmark(Baseline = true, Description = "Sep parse-only (every field)")]
    public double ParseOnly() => SepParseOnly.Run(_path);
}
