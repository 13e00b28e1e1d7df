using System.Xml;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using FiveStar.Rating;
using FiveStar.Text;
using FiveStar.Villages.Reading;
using FiveStar.Workbooks;

namespace FiveStar.Benchmarks;

/// <summary>
/// A 100,000-village Excel workbook with every indicator of the built-in document, as a township fills the fill-in
/// template (Chinese headers with units, 是/否, grades by name), written in the setup. FiveStar: read it with
/// <see cref="VillageReader"/> (header by name, every cell checked and typed) and rate every village, with the summary.
/// Baseline: the same library's parts only, DocumentFormat.OpenXml's package and a forward-only XmlReader, reading
/// the text of every cell of the sheet (and the shared strings), nothing else.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class WorkbookBenchmarks
{
    private const int BatchSize = 16_384;

    private string _path = null!;
    private StarRater _rater = null!;

    /// <summary>Gets the villages in the workbook.</summary>
    public static int Villages => BenchSizes.Workbook;

    /// <summary>Writes the workbook and checks that reading it back gives every village with no problem.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
        var (batch, _) = VillageGenerator.Generate(_rater, Villages);
        _path = Path.Combine(Path.GetTempPath(), $"fivestar-bench-{Villages}.xlsx");
        using (var file = File.Create(_path))
        {
            VillageTemplate.WriteAsync(_rater, file, Language.Chinese, batch, CancellationToken.None).GetAwaiter().GetResult();
        }

        var rated = ReadAndRate();
        if (rated != Villages)
        {
            throw new InvalidOperationException($"read and rated {rated} villages without problems, expected {Villages}.");
        }

        Console.WriteLine($"Workbook {new FileInfo(_path).Length / 1024.0 / 1024.0:N1} MiB, {ReadCellsOnly():N0} characters in its cells.");
    }

    /// <summary>Deletes the workbook.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Read every village with FiveStar's workbook reader and rate it.</summary>
    /// <returns>The villages rated without problems.</returns>
    [Benchmark(Description = "read and rate (VillageReader + Rate + summary)")]
    public long ReadAndRate()
    {
        using var reader = VillageReader.Open(_path, _rater.Schema);
        var batch = _rater.CreateBatch(BatchSize);
        var results = _rater.CreateBuffer(BatchSize);
        var summary = new RatingSummaryBuilder(_rater);
        while (true)
        {
            batch.Clear();
            if (reader.ReadBatch(batch, BatchSize) == 0)
            {
                break;
            }

            _rater.Rate(batch, results);
            summary.Add(batch, results);
        }

        return summary.Build().Rated;
    }

    /// <summary>Read the text of every cell with DocumentFormat.OpenXml and an XmlReader, nothing else.</summary>
    /// <returns>The characters read, so nothing is optimised away.</returns>
    [Benchmark(Baseline = true, Description = "read every cell only (OpenXml + XmlReader)")]
    public long ReadCellsOnly()
    {
        using var document = SpreadsheetDocument.Open(_path, false, new OpenSettings { AutoSave = false });
        var workbook = document.WorkbookPart!;
        var characters = 0L;
        if (workbook.SharedStringTablePart is { } shared)
        {
            using var strings = XlsxWorkbook.CreateReader(shared.GetStream(FileMode.Open, FileAccess.Read));
            characters += ReadText(strings, "t");
        }

        var sheet = workbook.WorksheetParts.First();
        using var reader = XlsxWorkbook.CreateReader(sheet.GetStream(FileMode.Open, FileAccess.Read));
        return characters + ReadText(reader, "v", "t");
    }

    private static long ReadText(XmlReader reader, params string[] elements)
    {
        var characters = 0L;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && Array.IndexOf(elements, reader.LocalName) >= 0 && !reader.IsEmptyElement)
            {
                characters += reader.ReadElementContentAsString().Length;
            }
        }

        return characters;
    }
}
