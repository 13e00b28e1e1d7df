using BenchmarkDotNet.Attributes;
using FiveStar.Rating;
using FiveStar.Villages;
using FiveStar.Villages.Reading;
using nietras.SeparatedValues;

namespace FiveStar.Benchmarks;

/// <summary>
/// A 1,000,000-village CSV file with every indicator. FiveStar: stream it with <see cref="VillageReader"/> in batches of
/// 65,536, rate each batch, and write one result row per village (id, stars, the five star flags) with the Sep writer.
/// Baseline: parse the same file with Sep, every field to its typed value (id and name to strings, integers to int,
/// numbers to double, booleans, enumerations to their index), and nothing else.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class EndToEndBenchmarks
{
    private const int BatchSize = 65_536;

    private static readonly string[] Grades = ["excellent", "competent", "basically_competent", "incompetent"];
    private static readonly string[] Levels = ["none", "county", "city", "province", "national"];

    private string _path = null!;
    private string _resultsPath = null!;
    private StarRater _rater = null!;
    private VillageBatch _batch = null!;
    private RatingBuffer _buffer = null!;

    /// <summary>Gets the villages in the file.</summary>
    public static int Villages => BenchSizes.EndToEnd;

    /// <summary>Writes the file when missing; checks that FiveStar reads it back to the generated values' ratings.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = VillageCsvFile.Ensure(Villages);
        _resultsPath = VillageCsvFile.ResultsPath();
        _rater = StarRaterFactory.Create().FromBuiltIn();
        _batch = _rater.CreateBatch(BatchSize);
        _buffer = _rater.CreateBuffer(BatchSize);
        var rated = ReadRateWrite();
        if (rated != Villages)
        {
            throw new InvalidOperationException($"Read {rated} villages, expected {Villages}.");
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

    /// <summary>FiveStar read → rate → write.</summary>
    /// <returns>The villages rated.</returns>
    [Benchmark(Description = "FiveStar read+rate+write")]
    public long ReadRateWrite()
    {
        long total = 0;
        var categories = _rater.Categories;
        using var reader = VillageReader.Open(_path, _rater.Schema);
        using var writer = Sep.Writer().ToFile(_resultsPath);
        while (true)
        {
            _batch.Clear();
            var count = reader.ReadBatch(_batch, BatchSize);
            if (count == 0)
            {
                break;
            }

            _rater.Rate(_batch, _buffer);
            for (var v = 0; v < count; v++)
            {
                using var row = writer.NewRow();
                row["id"].Set(_batch.GetId(v));
                row["stars"].Format(_buffer.GetStars(v));
                for (var c = 0; c < categories.Count; c++)
                {
                    row[categories[c].Id].Set(_buffer.IsAwarded(v, c) ? "1" : "0");
                }
            }

            total += count;
        }

        return total;
    }

    /// <summary>Sep parse of every field to its value, nothing else.</summary>
    /// <returns>A checksum of the values.</returns>
    [Benchmark(Baseline = true, Description = "Sep parse-only (every field)")]
    public double ParseOnly()
    {
        using var reader = Sep.Reader().FromFile(_path);
        var header = reader.Header;
        var columns = VillageColumn.All;
        var indexes = columns.Select(c => header.IndexOf(c.IndicatorId)).ToArray();
        var id = header.IndexOf("id");
        var name = header.IndexOf("name");
        var sum = 0.0;
        long length = 0;
        foreach (var row in reader)
        {
            length += row[id].ToString().Length + row[name].ToString().Length;
            for (var c = 0; c < columns.Count; c++)
            {
                var col = row[indexes[c]];
                sum += columns[c].Kind switch
                {
                    ColumnKind.Number => col.Parse<double>(),
                    ColumnKind.WholeNumber => col.Parse<int>(),
                    ColumnKind.Boolean => col.Span is "1" ? 1 : col.Span is "0" ? 0 : throw new FormatException(col.ToString()),
                    _ => Lookup(col.Span),
                };
            }
        }

        return sum + length;
    }

    private static int Lookup(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < Grades.Length; i++)
        {
            if (text.SequenceEqual(Grades[i]))
            {
                return i;
            }
        }

        for (var i = 0; i < Levels.Length; i++)
        {
            if (text.SequenceEqual(Levels[i]))
            {
                return i;
            }
        }

        throw new FormatException(text.ToString());
    }
}
