using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

/// <summary>
/// The workbook reader, on workbooks another writer made (openpyxl; see TestData/xlsx/make-workbooks.py): title rows,
/// Chinese headers with units, 是/否, numbers as text, shared strings with rich text, merged cells, blank rows, extra
/// sheets, and every kind of broken cell named by its cell reference.
/// </summary>
public class XlsxVillageReaderTests
{
    private static readonly Lazy<StarRater> Hanzhuang = new(() => StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")));

    private static string Cells => Path.Combine(AppContext.BaseDirectory, "TestData", "xlsx", "cells.xlsx");

    [Fact]
    public void Open_HanzhuangOfficialWorkbook_RatesEveryVillageExactlyAsTheCsv()
    {
        var rater = Hanzhuang.Value;
        var fromCsv = RateAll(rater, RepositoryPaths.Of("samples/Hanzhuang/villages.csv"), out _);
        var fromXlsx = RateAll(rater, RepositoryPaths.Of("samples/Hanzhuang/villages.xlsx"), out var reader);

        Assert.Equal(33, fromXlsx.Count);
        Assert.Equal(fromCsv.Keys, fromXlsx.Keys);
        foreach (var (id, rating) in fromCsv)
        {
            Assert.Equal(rating, fromXlsx[id]);
        }

        Assert.Equal("2022年村级数据", reader.Sheet);

        // The note below the table is no village; it is named by its cell.
        var note = Assert.Single(reader.Warnings, w => w.Kind == DataProblemKind.MalformedRow);
        Assert.Equal("2022年村级数据!A40", note.Cell);
    }

    [Fact]
    public void Open_HanzhuangOfficialWorkbook_ReadsChineseHeadersWithUnitsAsTheirIndicators()
    {
        using var reader = VillageReader.Open(RepositoryPaths.Of("samples/Hanzhuang/villages.xlsx"), Hanzhuang.Value.Schema);

        var indicators = reader.ColumnIndicators;
        Assert.Equal("secretary_in_post", indicators[reader.Columns.ToList().IndexOf("村党组织书记在岗")]);
        Assert.Equal("population", indicators[reader.Columns.ToList().IndexOf("户籍人口")]);
        Assert.Equal("female_cadre_count", indicators[reader.Columns.ToList().IndexOf("女性村干部人数(人)")]);
        Assert.Equal("collective_income_yuan", indicators[reader.Columns.ToList().IndexOf("村集体经济年收入（元/年）")]);
        Assert.Equal("county_avg_per_capita_income_yuan", indicators[reader.Columns.ToList().IndexOf("全县农村人均可支配收入（参照值）（元/年）")]);
        Assert.Equal(Hanzhuang.Value.Schema.Count, indicators.OfType<string>().Distinct().Count());
    }

    [Fact]
    public void ReadBatch_CellsWorkbook_TypedAndTextNumbersAreRead()
    {
        var (batch, _) = ReadCells();

        Assert.Equal(11, batch.Count);
        for (var row = 0; row < 3; row++)
        {
            Assert.Empty(batch.GetProblems(row));
        }

        // t01: typed cells; t02: numbers as text with thousands separators and spaces, 是, a grade by its Chinese
        // name, 76.4% as text; t03: full-width digits, 否, a grade by its English name.
        Assert.Equal([3000, 3100, 3200], Values(batch, "population", 0, 1, 2));
        Assert.Equal([250000, 260000, 270000], Values(batch, "collective_income_yuan", 0, 1, 2));
        Assert.Equal([1, 1, 0], Values(batch, "branch_led_coop_exists", 0, 1, 2));
        Assert.Equal([0, 1, 1], Values(batch, "secretary_appraisal_grade", 0, 1, 2));
        Assert.Equal([80.5, 76.4, 90], Values(batch, "sanitary_toilet_coverage_pct", 0, 1, 2));

        // t10: formulas with the values the workbook saved.
        Assert.Empty(batch.GetProblems(9));
        Assert.Equal([3000, 100005], [Value(batch, "population", 9), Value(batch, "collective_income_yuan", 9)]);
    }

    [Theory]
    [InlineData(3, "数据!C6", "population", "is a date (2022-03-01)")]
    [InlineData(4, "数据!D7", "collective_income_yuan", "error #DIV/0!")]
    [InlineData(5, "数据!D8", "collective_income_yuan", "formula")]
    [InlineData(6, "数据!C9", "population", "\"三千\"")]
    [InlineData(7, "数据!E10", "branch_led_coop_exists", "\"也许\"")]
    [InlineData(7, "数据!G10", "sanitary_toilet_coverage_pct", "outside its valid range")]
    [InlineData(8, "数据!C11", "population", "a whole number")]
    [InlineData(8, "数据!F11", "secretary_appraisal_grade", "\"很好\"")]
    public void ReadBatch_CellsWorkbook_EachBrokenCellIsNamedByItsReference(int row, string cell, string indicator, string says)
    {
        var (batch, _) = ReadCells();

        var problem = Assert.Single(batch.GetProblems(row), p => p.Cell == cell);
        Assert.Equal(indicator, problem.Indicator);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBatch_CellsWorkbook_EveryOtherVillageIsRatedAndTheDuplicateIsKept()
    {
        var (batch, reader) = ReadCells();

        var problemRows = Enumerable.Range(0, batch.Count).Where(batch.HasErrors).ToArray();
        Assert.Equal([3, 4, 5, 6, 7, 8, 10], problemRows);
        var duplicate = Assert.Single(batch.GetProblems(10));
        Assert.Equal(DataProblemKind.DuplicateId, duplicate.Kind);
        Assert.Equal("数据!A13", duplicate.Cell);

        // The second sheet was read (--sheet 数据); the remark column is no indicator, a warning at its header cell.
        Assert.Equal("数据", reader.Sheet);
        var remark = Assert.Single(reader.Warnings, w => w.Kind == DataProblemKind.UnknownColumn);
        Assert.Equal("数据!H2", remark.Cell);
    }

    [Fact]
    public void Open_NoSheetGiven_ReadsTheFirstSheetAndItsHeaderlessCoverIsAnError()
    {
        var exception = Assert.Throws<InvalidDataException>(() => VillageReader.Open(Cells, Hanzhuang.Value.Schema));

        Assert.Contains("封面", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownSheet_ListsTheSheets()
    {
        var exception = Assert.Throws<InvalidDataException>(() => VillageReader.Open(Cells, Hanzhuang.Value.Schema, null, "2021"));

        Assert.Contains("\"封面\", \"数据\", \"其他\"", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "an Excel workbook (.xlsx)")]
    [InlineData("json", "an Excel workbook (.xlsx)")]
    public void Open_WorkbookNamedAsText_IsRefusedSayingWhatItIs(string extension, string appears)
    {
        var folder = Directory.CreateTempSubdirectory("fivestar-xlsx-");
        var path = Path.Combine(folder.FullName, "villages." + extension);
        File.Copy(RepositoryPaths.Of("samples/Hanzhuang/villages.xlsx"), path);

        var exception = Assert.Throws<InvalidDataException>(() => VillageReader.Open(path, Hanzhuang.Value.Schema));
        folder.Delete(recursive: true);

        Assert.Contains("appears to be " + appears, exception.Message, StringComparison.Ordinal);
        Assert.Contains("--input-format xlsx", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf", "a PDF document")]
    [InlineData("zip", "a zip archive")]
    [InlineData("utf16", "UTF-16 text")]
    [InlineData("utf16-nobom", "UTF-16 text")]
    [InlineData("xls", "an Excel 97-2003 workbook (.xls)")]
    public void Open_NonTextContentAsCsv_IsRefusedSayingWhatItIs(string kind, string appears)
    {
        var bytes = kind switch
        {
            "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
            "zip" => Zip("villages.csv", "id,name\nv1,一村\n"),
            "utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("id,name,population\nv1,一村,100\n")],
            "utf16-nobom" => Encoding.Unicode.GetBytes("id,name,population\nv1,one,100\n"),
            _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
        };

        var exception = Assert.Throws<InvalidDataException>(() => VillageReader.FromStream(new MemoryStream(bytes), Hanzhuang.Value.Schema, VillageFileFormat.Csv, "villages.csv"));

        Assert.Contains("appears to be " + appears, exception.Message, StringComparison.Ordinal);
        Assert.Contains("not CSV text", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CsvTextAsWorkbook_IsRefusedSayingItIsText()
    {
        var bytes = Encoding.UTF8.GetBytes("id,name\nv1,一村\n");

        var exception = Assert.Throws<InvalidDataException>(() => VillageReader.FromStream(new MemoryStream(bytes), Hanzhuang.Value.Schema, VillageFileFormat.Xlsx, "villages.xlsx"));

        Assert.Contains("appears to be text", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ZipWithoutWorkbookAsWorkbook_IsRefused()
    {
        var exception = Assert.Throws<InvalidDataException>(() => VillageReader.FromStream(new MemoryStream(Zip("a.txt", "x")), Hanzhuang.Value.Schema, VillageFileFormat.Xlsx, "villages.xlsx"));

        Assert.Contains("a zip archive", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ReadBatch_TruncatedOrCorruptedWorkbook_IsARejectedFileOrProblemsNeverACrash(int damage)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Of("samples/Hanzhuang/villages.xlsx"));
        bytes = damage switch
        {
            0 => bytes[..(bytes.Length / 2)],
            1 => bytes[..(bytes.Length - 30)],
            2 => Flip(bytes, bytes.Length / 3),
            _ => Flip(bytes, bytes.Length / 2),
        };

        try
        {
            using var reader = VillageReader.FromStream(new MemoryStream(bytes), Hanzhuang.Value.Schema, VillageFileFormat.Xlsx, "damaged.xlsx");
            var batch = Hanzhuang.Value.CreateBatch(64);
            while (reader.ReadBatch(batch, 64) > 0)
            {
            }
        }
        catch (InvalidDataException exception)
        {
            Assert.StartsWith("damaged.xlsx", exception.Message, StringComparison.Ordinal);
        }
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = at; i < Math.Min(copy.Length, at + 64); i++)
        {
            copy[i] ^= 0x5A;
        }

        return copy;
    }

    private static byte[] Zip(string name, string content)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry(name).Open());
            entry.Write(content);
        }

        return memory.ToArray();
    }

    private static (VillageBatch Batch, VillageReader Reader) ReadCells()
    {
        var reader = VillageReader.Open(Cells, Hanzhuang.Value.Schema, null, "数据");
        var batch = Hanzhuang.Value.CreateBatch(16);
        while (reader.ReadBatch(batch, 16) > 0)
        {
        }

        reader.Dispose();
        return (batch, reader);
    }

    private static double Value(VillageBatch batch, string indicator, int row) => batch.Get(row, batch.Schema.IndexOf(indicator));

    private static double[] Values(VillageBatch batch, string indicator, params int[] rows) => rows.Select(r => Value(batch, indicator, r)).ToArray();

    private static Dictionary<string, string> RateAll(StarRater rater, string path, out VillageReader reader)
    {
        reader = VillageReader.Open(path, rater.Schema);
        var batch = rater.CreateBatch(64);
        while (reader.ReadBatch(batch, 64) > 0)
        {
        }

        reader.Dispose();
        var ratings = new Dictionary<string, string>();
        for (var row = 0; row < batch.Count; row++)
        {
            Assert.Empty(batch.GetProblems(row));
            ratings[batch.GetId(row)] = JsonSerializer.Serialize(rater.RateRow(batch, row, Language.Chinese), RatingJson.VillageRating);
        }

        return ratings;
    }
}
