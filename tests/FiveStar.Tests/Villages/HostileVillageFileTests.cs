using System.Text;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

/// <summary>Issue #17, class 4: no village is dropped or made up by a reader, whatever the file does.</summary>
public class HostileVillageFileTests
{
    private const string Criteria = """
    { "schemaVersion": "1.0", "id": "hostile",
      "indicators": [
        { "id": "income", "name": { "zh": "收入", "en": "Income" }, "type": "money", "min": 0 },
        { "id": "toilets", "name": { "zh": "户厕", "en": "Toilets" }, "type": "percent" }
      ],
      "categories": [ { "id": "c", "name": { "zh": "星", "en": "Star" }, "rules": [ { "id": "R1", "expression": "income >= 100" } ] } ] }
    """;

    private static readonly Lazy<StarRater> Rater = new(() => TestFactory.Rater(Criteria));

    [Fact]
    public void ReadBatch_CsvStrayQuoteEarlyInABigFile_ReportsThatLineAndReadsEveryVillage()
    {
        // More than Sep's 16M-character row: the quote used to swallow the file, then abort with NotSupportedException.
        const int villages = 400_000;
        var csv = new StringBuilder("id,name,income,toilets\n");
        for (var i = 0; i < villages; i++)
        {
            csv.Append('v').Append(i).Append(i == 3 ? ",三\"村," : ",村名比较长的一个村子啊,").Append(200 + i).Append(",80\n");
        }

        var (batch, _) = Read(Encoding.UTF8.GetBytes(csv.ToString()), VillageFileFormat.Csv, villages);

        Assert.Equal(villages, batch.Count);
        Assert.Equal("v3", batch.GetId(3));
        var problem = Assert.Single(batch.GetProblems(3), p => p.Kind == DataProblemKind.MalformedRow);
        Assert.Equal(5, problem.Line);
        Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
        Assert.Equal(villages - 1, Enumerable.Range(0, batch.Count).Count(v => !batch.HasErrors(v)));
        Assert.Equal(204, batch.Get(4, batch.Schema.IndexOf("income")));
        Assert.Equal(200 + villages - 1, batch.Get(villages - 1, batch.Schema.IndexOf("income")));
    }

    [Fact]
    public void ReadBatch_CsvTwoStrayQuotes_ReadsTheVillagesBetweenThem()
    {
        var csv = "id,name,income,toilets\nv1,一村,200,80\nv2,二\"村,200,80\nv3,三村,300,80\nv4,四\"村,400,80\nv5,五村,500,80\n";

        var (batch, _) = Read(Encoding.UTF8.GetBytes(csv), VillageFileFormat.Csv);

        Assert.Equal(["v1", "v2", "v3", "v4", "v5"], Enumerable.Range(0, batch.Count).Select(batch.GetId));
        Assert.True(batch.HasErrors(1));
        Assert.Equal(3, batch.GetProblems(1).Single().Line);
        Assert.False(batch.HasErrors(2));
        Assert.Equal(300, batch.Get(2, batch.Schema.IndexOf("income")));
        Assert.True(batch.HasErrors(3));
        Assert.False(batch.HasErrors(4));
    }

    [Fact]
    public void ReadBatch_CsvQuotedNameWithALineBreak_IsOneVillage()
    {
        var (batch, _) = Read(Encoding.UTF8.GetBytes("id,name,income,toilets\nv1,\"一村\n东头\",200,80\nv2,二村,300,80\n"), VillageFileFormat.Csv);

        Assert.Equal(2, batch.Count);
        Assert.Equal("一村\n东头", batch.GetName(0));
        Assert.Empty(batch.GetProblems(0));
    }

    [Fact]
    public void ReadBatch_CsvLineLongerThanARow_IsCutReportedAndTheNextLineRead()
    {
        var csv = "id,name,income,toilets\nv1," + new string('x', CsvLineGuard.MaxLineLength + 10) + ",200,80\nv2,二村,300,80\n";

        var (batch, _) = Read(Encoding.UTF8.GetBytes(csv), VillageFileFormat.Csv);

        Assert.True(batch.Count == 2, string.Join(" | ", Enumerable.Range(0, batch.Count).Select(v => batch.GetId(v)[..Math.Min(10, batch.GetId(v).Length)] + ": " + string.Join("; ", batch.GetProblems(v).Select(p => $"{p.Line} {p.Message}")))));
        Assert.Equal(["v1", "v2"], Enumerable.Range(0, batch.Count).Select(batch.GetId));
        Assert.Contains(batch.GetProblems(0), p => p.Kind == DataProblemKind.MalformedRow && p.Line == 2 && p.Message.Contains("was cut", StringComparison.Ordinal));
        Assert.Equal(300, batch.Get(1, batch.Schema.IndexOf("income")));
    }

    [Theory]
    [InlineData("id,name,income,toilets\nv1,一村,200,80\n\n")]
    [InlineData("id,name,income,toilets\nv1,一村,200,80\n\n\n   \n")]
    [InlineData("id,name,income,toilets\r\nv1,一村,200,80\r\n,,,\r\n")]
    [InlineData("id,name,income,toilets\n\nv1,一村,200,80")]
    public void ReadBatch_CsvBlankLines_AreNoVillages(string csv)
    {
        var (batch, _) = Read(Encoding.UTF8.GetBytes(csv), VillageFileFormat.Csv);

        Assert.Equal(1, batch.Count);
        Assert.Equal("v1", batch.GetId(0));
        Assert.Empty(batch.GetProblems(0));
    }

    [Theory]
    [InlineData("id,name,income,a,A\nv1,一村,200,1,2\n", "\"A\"", "\"a\"")]
    [InlineData("id,name,Income,INCOME\nv1,一村,200,1\n", "\"INCOME\"", "\"Income\"")]
    [InlineData("id,name,income,colour,Colour\nv1,一村,200,1,2\n", "\"Colour\"", "\"colour\"")]
    public void Open_CsvHeadersEqualIgnoringCase_IsAnError(string csv, string second, string first)
    {
        var exception = Assert.Throws<InvalidDataException>(() => VillageReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Rater.Value.Schema, VillageFileFormat.Csv, "test.csv"));

        Assert.Contains($"column {second} has the same name as column", exception.Message, StringComparison.Ordinal);
        Assert.Contains(first, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InferColumns_CsvHeadersEqualIgnoringCase_IsAnError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fivestar-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "id,a,A\nv1,1,2\n");
        try
        {
            var exception = Assert.Throws<InvalidDataException>(() => VillageReader.InferColumns(path));

            Assert.Contains("ignoring letter case", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(VillageFileFormat.Json)]
    [InlineData(VillageFileFormat.JsonLines)]
    public void ReadBatch_JsonVillageNested100Deep_IsOneProblemAndTheNextVillagesAreRead(VillageFileFormat format)
    {
        var deep = new string('[', 100) + new string(']', 100);
        var (open, separator, close) = format == VillageFileFormat.Json ? ("[\n", ",\n", "\n]") : (string.Empty, "\n", string.Empty);
        var json = $"{open}{{\"id\": \"v1\", \"income\": 200}}{separator}{{\"notes\": {deep}, \"id\": \"v2\", \"income\": 300}}{separator}{{\"id\": \"v3\", \"income\": 400}}{close}";

        var (batch, reader) = Read(Encoding.UTF8.GetBytes(json), format);

        Assert.Equal(["v1", "v2", "v3"], Enumerable.Range(0, batch.Count).Select(batch.GetId));
        var problem = Assert.Single(batch.GetProblems(1));
        Assert.Equal(DataProblemKind.MalformedRow, problem.Kind);
        Assert.Equal("notes", problem.Indicator);
        Assert.Equal(format == VillageFileFormat.Json ? 3 : 2, problem.Line);
        Assert.Contains("100 levels deep", problem.Message, StringComparison.Ordinal);
        Assert.Equal(300, batch.Get(1, batch.Schema.IndexOf("income")));
        Assert.Empty(batch.GetProblems(2));
        Assert.DoesNotContain(reader.Warnings, w => w.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public void ReadBatch_JsonDataAfterTheClosingBracket_IsAnErrorOfTheFile()
    {
        var (batch, reader) = Read(Encoding.UTF8.GetBytes("[{\"id\": \"v1\", \"income\": 200}]\n{\"id\": \"v2\", \"income\": 300}\n"), VillageFileFormat.Json);

        Assert.Equal(1, batch.Count);
        var error = Assert.Single(reader.Warnings);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal(2, error.Line);
        Assert.Contains("after the closing ]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBatch_JsonElementThatIsNoObject_IsAnErrorOfTheFileAndNoVillageIsMadeUp()
    {
        var (batch, reader) = Read(Encoding.UTF8.GetBytes("[{\"id\": \"v1\", \"income\": 200}, 5, \"x\", {\"id\": \"v2\", \"income\": 300}]"), VillageFileFormat.Json);

        Assert.Equal(["v1", "v2"], Enumerable.Range(0, batch.Count).Select(batch.GetId));
        Assert.Equal(2, reader.Warnings.Count(w => w.Severity == ProblemSeverity.Error));
    }

    [Fact]
    public void ReadBatch_JsonBrokenVillage_IsListedWithItsIdAndTheNextLinesAreRead()
    {
        var json = "[\n{\"id\": \"v1\", \"income\": 200},\n{\"id\": \"v2\", \"income\": 2x0},\n{\"id\": \"v3\", \"income\": 300}\n]";

        var (batch, reader) = Read(Encoding.UTF8.GetBytes(json), VillageFileFormat.Json);

        Assert.Equal(["v1", "v2", "v3"], Enumerable.Range(0, batch.Count).Select(batch.GetId));
        Assert.Contains(batch.GetProblems(1), p => p.Kind == DataProblemKind.MalformedRow && p.Line == 3);
        Assert.Empty(batch.GetProblems(2));
        Assert.Empty(reader.Warnings);
    }

    [Fact]
    public void ReadBatch_JsonTruncated_ListsTheCutVillageWithItsId()
    {
        var (batch, reader) = Read(Encoding.UTF8.GetBytes("[{\"id\": \"v1\", \"income\": 200},\n{\"id\": \"v2\", \"inc"), VillageFileFormat.Json);

        Assert.Equal(["v1", "v2"], Enumerable.Range(0, batch.Count).Select(batch.GetId));
        Assert.Contains(batch.GetProblems(1), p => p.Message.Contains("truncated", StringComparison.Ordinal) && p.Line == 2);
        Assert.Contains(reader.Warnings, w => w.Severity == ProblemSeverity.Error && w.Message.Contains("closing ]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(VillageFileFormat.Json)]
    [InlineData(VillageFileFormat.JsonLines)]
    public void ReadBatch_JsonNumberTooBigForADouble_IsADataProblem(VillageFileFormat format)
    {
        var (open, close) = format == VillageFileFormat.Json ? ("[", "]") : (string.Empty, string.Empty);

        var (batch, _) = Read(Encoding.UTF8.GetBytes($"{open}{{\"id\": \"v1\", \"income\": 1e999}}{close}"), format);

        var problem = Assert.Single(batch.GetProblems(0));
        Assert.Equal(DataProblemKind.InvalidValue, problem.Kind);
        Assert.Equal("income is \"1e999\"; expected a number", problem.Message);
        Assert.True(double.IsNaN(batch.Get(0, batch.Schema.IndexOf("income"))));
    }

    [Theory]
    [InlineData(VillageFileFormat.Json)]
    [InlineData(VillageFileFormat.JsonLines)]
    public void ReadBatch_JsonTwentyDigitIds_AreKeptAsWrittenAndDoNotCollide(VillageFileFormat format)
    {
        var (open, separator, close) = format == VillageFileFormat.Json ? ("[", ",\n", "]") : (string.Empty, "\n", string.Empty);

        var (batch, _) = Read(Encoding.UTF8.GetBytes($"{open}{{\"id\": 12345678901234567890, \"income\": 200}}{separator}{{\"id\": 12345678901234567891, \"income\": 200}}{close}"), format);

        Assert.Equal(["12345678901234567890", "12345678901234567891"], Enumerable.Range(0, batch.Count).Select(batch.GetId));
        Assert.Empty(batch.GetProblems(1));
    }

    [Theory]
    [InlineData("{\"id\": \"v1\", \"income\": 200, \"income\": 900}", "income", "income")]
    [InlineData("{\"id\": \"v1\", \"income\": 200, \"Income\": 900}", "Income", "income")]
    [InlineData("{\"id\": \"v1\", \"income\": 200, \"收入\": 900}", "收入", "income")]
    [InlineData("{\"id\": \"v1\", \"id\": \"v9\", \"income\": 200}", "id", "id")]
    [InlineData("{\"id\": \"v1\", \"income\": 200, \"x\": 1, \"X\": 2}", "X", "x")]
    public void ReadBatch_JsonDuplicateKeys_AreADataProblem(string village, string second, string first)
    {
        foreach (var format in new[] { VillageFileFormat.Json, VillageFileFormat.JsonLines })
        {
            var text = format == VillageFileFormat.Json ? $"[{village}]" : village;

            var (batch, _) = Read(Encoding.UTF8.GetBytes(text), format);

            var problem = Assert.Single(batch.GetProblems(0), p => p.Kind == DataProblemKind.MalformedRow);
            Assert.Equal(ProblemSeverity.Error, problem.Severity);
            Assert.Equal($"\"{second}\" is given twice in this village (also as \"{first}\"); keep one: the village is not rated until then", problem.Message);
            Assert.Equal(second, problem.Indicator);
        }
    }

    private static (VillageBatch Batch, VillageReader Reader) Read(byte[] bytes, VillageFileFormat format, int capacity = 4)
    {
        var batch = Rater.Value.CreateBatch(capacity);
        var reader = VillageReader.FromStream(new MemoryStream(bytes), Rater.Value.Schema, format, "test");
        while (reader.ReadBatch(batch, 1000) > 0)
        {
        }

        return (batch, reader);
    }
}
