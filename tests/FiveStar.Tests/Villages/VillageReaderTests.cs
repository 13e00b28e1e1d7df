using System.Text;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

public class VillageReaderTests
{
    internal const string Criteria = """
    { "schemaVersion": "1.0", "id": "reader",
      "indicators": [
        { "id": "income", "name": { "zh": "收入", "en": "Income" }, "type": "money", "min": 0, "required": true },
        { "id": "toilets", "name": { "zh": "户厕", "en": "Toilets" }, "type": "percent" },
        { "id": "adviser", "name": { "zh": "顾问", "en": "Adviser" }, "type": "boolean" },
        { "id": "grade", "name": { "zh": "等次", "en": "Grade" }, "type": "enumeration", "values": [ { "id": "good" }, { "id": "poor" } ] }
      ],
      "categories": [ { "id": "c", "name": { "zh": "星", "en": "Star" }, "rules": [ { "id": "R1", "expression": "income >= 100 && toilets >= 50" } ] } ] }
    """;

    private static readonly Lazy<StarRater> Rater = new(() => TestFactory.Rater(Criteria));

    [Fact]
    public void ReadBatch_CsvWithBrokenRows_ReportsEachWithItsLineAndKeepsEveryVillage()
    {
        var csv = "id,name,income,toilets,adviser,grade,colour\n" +
                  "v1,一村,200,80,true,good,red\n" +
                  "v2,二村,lots,80,true,good,red\n" +      // text in a number column
                  "v3,三村,,80,true,good,red\n" +          // missing required value
                  "v4,四村,200,130,true,good,red\n" +      // out of range
                  "v1,重复村,200,80,true,good,red\n" +     // duplicated id
                  "v6,六村,200,80,maybe,great,red\n" +     // bad boolean and enumeration
                  "v7,七村,200,80\n" +                     // too few fields
                  "\"v8\",\"八村, 东\",200,80,是,poor,red\n" + // quoted fields, Chinese boolean
                  "v9,九村,200";                            // truncated last line

        var (batch, reader) = Read(Encoding.UTF8.GetBytes(csv), VillageFileFormat.Csv);

        Assert.Equal(9, batch.Count);
        Assert.Empty(batch.GetProblems(0));
        AssertProblem(batch, 1, DataProblemKind.InvalidValue, line: 3, column: 3, "income");
        AssertProblem(batch, 2, DataProblemKind.MissingRequired, line: 4, column: null, "income");
        AssertProblem(batch, 3, DataProblemKind.OutOfRange, line: 5, column: 4, "toilets");
        AssertProblem(batch, 4, DataProblemKind.DuplicateId, line: 6, column: null, "id");
        AssertProblem(batch, 5, DataProblemKind.InvalidValue, line: 7, column: 5, "adviser");
        AssertProblem(batch, 5, DataProblemKind.InvalidValue, line: 7, column: 6, "grade");
        AssertProblem(batch, 6, DataProblemKind.MalformedRow, line: 8, column: null, null);
        Assert.Empty(batch.GetProblems(7));
        Assert.Equal("八村, 东", batch.GetName(7));
        Assert.Equal(1, batch.Get(7, batch.Schema.IndexOf("adviser")));
        AssertProblem(batch, 8, DataProblemKind.MalformedRow, line: 10, column: null, null);
        var warning = Assert.Single(reader.Warnings);
        Assert.Equal(DataProblemKind.UnknownColumn, warning.Kind);
        Assert.Equal(7, warning.Column);
    }

    [Fact]
    public void ReadBatch_CsvWithInvalidUtf8_ReportsTheVillage()
    {
        var bytes = Encoding.UTF8.GetBytes("id,name,income,toilets\nv1,一村,200,80\nv2,二村,").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(",80\n")).ToArray();

        var (batch, _) = Read(bytes, VillageFileFormat.Csv);

        Assert.Equal(2, batch.Count);
        AssertProblem(batch, 1, DataProblemKind.MalformedRow, line: 3, column: 3, "income");
    }

    [Theory]
    [InlineData(VillageFileFormat.Json)]
    [InlineData(VillageFileFormat.JsonLines)]
    public void ReadBatch_JsonWithInvalidUtf8_ReportsTheVillageAndReadsOn(VillageFileFormat format)
    {
        // Found by VillageReaderFuzzTests: invalid UTF-8 inside a JSON string crashed the reader.
        var (open, separator, close) = format == VillageFileFormat.Json ? ("[", ",\n", "]") : ("", "\n", "");
        var bytes = Encoding.UTF8.GetBytes($"{open}{{\"id\": \"v1\", \"income\": 200, \"name\": \"")
            .Concat(new byte[] { 0xF3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes($"\"}}{separator}{{\"id\": \"v2\", \"income\": 300}}{close}"))
            .ToArray();

        var (batch, _) = Read(bytes, format);

        Assert.Equal(2, batch.Count);
        var problem = Assert.Single(batch.GetProblems(0));
        Assert.Equal(DataProblemKind.MalformedRow, problem.Kind);
        Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(300, batch.Get(1, batch.Schema.IndexOf("income")));
    }

    [Fact]
    public void ReadBatch_CsvQuotedFieldWithSpacesAround_IsUnescapedAndTrimmed()
    {
        var (batch, _) = Read(Encoding.UTF8.GetBytes("id,name,income,toilets\n v1 , \"八村, 东\" , 200 , 80\n"), VillageFileFormat.Csv);

        Assert.Empty(batch.GetProblems(0));
        Assert.Equal("v1", batch.GetId(0));
        Assert.Equal("八村, 东", batch.GetName(0));
        Assert.Equal(200, batch.Get(0, batch.Schema.IndexOf("income")));
    }

    [Fact]
    public void ReadBatch_CsvWithBom_ReadsTheIdColumn()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("id,name,income\nv1,一村,200\n")).ToArray();

        var (batch, _) = Read(bytes, VillageFileFormat.Csv);

        Assert.Equal("v1", batch.GetId(0));
    }

    [Fact]
    public void ReadBatch_JsonArray_StreamsObjectsWithTheirLines()
    {
        var json = """
        [
          { "id": "v1", "name": "一村", "income": 200, "toilets": 80, "adviser": true, "grade": "good" },
          { "id": "v2", "name": "二村", "income": "lots", "toilets": 80 },
          { "id": "v3", "name": "三村", "income": 200, "toilets": 130 }
        ]
        """;

        var (batch, _) = Read(Encoding.UTF8.GetBytes(json), VillageFileFormat.Json);

        Assert.Equal(3, batch.Count);
        Assert.Empty(batch.GetProblems(0));
        AssertProblem(batch, 1, DataProblemKind.InvalidValue, line: 3, column: null, "income");
        AssertProblem(batch, 2, DataProblemKind.OutOfRange, line: 4, column: null, "toilets");
    }

    [Fact]
    public void ReadBatch_TruncatedJsonArray_ReportsTheRestAsOneBrokenVillage()
    {
        var (batch, _) = Read(Encoding.UTF8.GetBytes("[ { \"id\": \"v1\", \"income\": 200 },\n { \"id\": \"v2\", \"inc"), VillageFileFormat.Json);

        Assert.Equal(2, batch.Count);
        Assert.Empty(batch.GetProblems(0));
        Assert.Contains(batch.GetProblems(1), p => p.Kind == DataProblemKind.MalformedRow && p.Line == 2);
    }

    [Fact]
    public void ReadBatch_LargeJsonArray_UsesABufferNotTheWholeFile()
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < 20_000; i++)
        {
            builder.Append(i == 0 ? string.Empty : ",\n").Append("{\"id\":\"v").Append(i).Append("\",\"income\":").Append(i % 500).Append(",\"toilets\":60}");
        }

        var (batch, reader) = Read(Encoding.UTF8.GetBytes(builder.Append(']').ToString()), VillageFileFormat.Json);

        Assert.Equal(20_000, batch.Count);
        Assert.Equal(20_000, reader.VillagesRead);
        Assert.Equal(19_999, batch.GetLine(19_999) - 1);
    }

    [Fact]
    public void ReadBatch_JsonLines_ReportsABrokenLineAndGoesOn()
    {
        var jsonl = "{\"id\":\"v1\",\"income\":200,\"toilets\":80}\n{ not json\n\n{\"id\":\"v3\",\"income\":-5,\"toilets\":80}\n";

        var (batch, _) = Read(Encoding.UTF8.GetBytes(jsonl), VillageFileFormat.JsonLines);

        Assert.Equal(3, batch.Count);
        AssertProblem(batch, 1, DataProblemKind.MalformedRow, line: 2, column: null, null);
        AssertProblem(batch, 2, DataProblemKind.OutOfRange, line: 4, column: null, "income");
    }

    [Fact]
    public void InferColumns_CsvWithoutDeclaredIndicators_TypesColumnsFromTheirValues()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fivestar-infer-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "id,name,Income,Coop,Region,Empty,Tank\nv1,a,100.5,true,North,,yes\nv2,b,7,false,South,,no\n");
        try
        {
            var columns = VillageReader.InferColumns(path);

            Assert.Equal(
                [new VillageColumn("Income", IndicatorType.Number), new VillageColumn("Coop", IndicatorType.Boolean), new VillageColumn("Region", IndicatorType.Text), new VillageColumn("Empty", IndicatorType.Number), new VillageColumn("Tank", IndicatorType.Text)],
                columns);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadBatch_CsvQuoteNeverClosed_ReportsItsLineAndReadsTheLinesAfterIt()
    {
        // The quote used to swallow the rest of the file into v2's row, losing v3 (issue #17, class 4).
        var csv = "id,name,income,toilets\nv1,一村,200,80\nv2,\"二村,200,80\nv3,三村";

        var (batch, _) = Read(Encoding.UTF8.GetBytes(csv), VillageFileFormat.Csv);

        Assert.Equal(3, batch.Count);
        Assert.Empty(batch.GetProblems(0));
        AssertProblem(batch, 1, DataProblemKind.MalformedRow, line: 3, column: null, null);
        Assert.Contains(batch.GetProblems(1), p => p.Message.Contains("never closed", StringComparison.Ordinal));
        Assert.Equal("v3", batch.GetId(2));
        AssertProblem(batch, 2, DataProblemKind.MalformedRow, line: 4, column: null, null);
    }

    [Fact]
    public void ReadBatch_JsonMemberFirstSeenInALaterVillage_WarnsWithThatLine()
    {
        var json = "[\n{ \"id\": \"v1\", \"income\": 200 },\n{ \"id\": \"v2\", \"income\": 200 },\n{ \"id\": \"v3\", \"income\": 200 },\n{ \"id\": \"v4\", \"income\": 200, \"incmoe\": 5 }\n]";

        var (batch, reader) = Read(Encoding.UTF8.GetBytes(json), VillageFileFormat.Json);

        Assert.Equal(4, batch.Count);
        var warning = Assert.Single(reader.Warnings);
        Assert.Equal(DataProblemKind.UnknownColumn, warning.Kind);
        Assert.Equal("incmoe", warning.Indicator);
        Assert.Equal(5, warning.Line);
        Assert.Contains("income", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBatch_JsonRequiredMemberInLaterVillagesOnly_DoesNotClaimTheFileLacksIt()
    {
        var json = "[{ \"id\": \"v1\", \"toilets\": 80 }, { \"id\": \"v2\", \"income\": 200 }]";

        var (batch, reader) = Read(Encoding.UTF8.GetBytes(json), VillageFileFormat.Json);

        AssertProblem(batch, 0, DataProblemKind.MissingRequired, line: 1, column: null, "income");
        Assert.DoesNotContain(reader.Warnings, w => w.Kind == DataProblemKind.MissingRequired);
    }

    private static (VillageBatch Batch, VillageReader Reader) Read(byte[] bytes, VillageFileFormat format)
    {
        var batch = Rater.Value.CreateBatch(4);
        var reader = VillageReader.FromStream(new MemoryStream(bytes), Rater.Value.Schema, format, "test");
        while (reader.ReadBatch(batch, 3) > 0)
        {
        }

        return (batch, reader);
    }

    private static void AssertProblem(VillageBatch batch, int row, DataProblemKind kind, long line, int? column, string? indicator)
    {
        Assert.Contains(batch.GetProblems(row), p => p.Kind == kind && p.Line == line && (column is null || p.Column == column) && p.Indicator == indicator);
        Assert.True(batch.HasErrors(row));
    }
}
