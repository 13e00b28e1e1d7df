using System.Text;
using System.Text.Json.Nodes;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using Language = FiveStar.Text.Language;

namespace FiveStar.Tests.Rating;

/// <summary>Issue #17, classes 4 and 9: <c>diff</c> inputs with a duplicated id, a fractional star count or a null id are located errors.</summary>
public class ResultsComparerHostileTests
{
    private static readonly Lazy<string> Results = new(() => Write(Hanzhuang.Document(Hanzhuang.Batch(), Language.English)));

    [Fact]
    public void Compare_LaterFileListsAnIdTwice_IsRefusedWithTheIdAndBothPlaces()
    {
        // The second hz03 used to overwrite the first silently, and a star change went unseen.
        var later = Edit(villages => villages[5]!["id"] = "hz03");

        var exception = Assert.Throws<ResultsFormatException>(() => Compare(Results.Value, later, "later.json"));

        Assert.StartsWith("later.json: the village id \"hz03\" is listed twice, as village 3 (line ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(") and as village 6 (line ", exception.Message, StringComparison.Ordinal);
        var lines = later.Split('\n');
        var first = Array.FindIndex(lines, l => l.Contains("\"id\": \"hz03\"", StringComparison.Ordinal));
        var second = Array.FindIndex(lines, first + 1, l => l.Contains("\"id\": \"hz03\"", StringComparison.Ordinal));
        Assert.Contains($"village 3 (line {first})", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"village 6 (line {second})", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_EarlierDocumentListsAnIdTwice_IsRefused()
    {
        var document = Hanzhuang.Document(Hanzhuang.Batch(), Language.English);
        var twice = new ResultsDocument { SchemaVersion = document.SchemaVersion, Criteria = document.Criteria, Language = document.Language, Villages = [.. document.Villages, document.Villages[0]], Summary = document.Summary };

        var exception = Assert.Throws<ResultsFormatException>(() => ResultsComparer.Compare(twice, document));

        Assert.Equal("the earlier results: the village id \"hz01\" is listed twice, as village 1 and as village 34; a results file lists each village once", exception.Message);
    }

    [Fact]
    public void Compare_LaterResultsWithAVillageRefusedForItsId_ComparesAndListsThatRowsVillageAsRemoved()
    {
        // The results of a file whose hz08 row reuses hz01's id: every input village is listed, the second hz01 unrated.
        var refused = Hanzhuang.Document(Hanzhuang.Batch(Hanzhuang.CsvWith("hz08", "id", "hz01")), Language.English);
        Assert.Equal(2, refused.Villages.Count(v => v.Id == "hz01"));

        var inMemory = ResultsComparer.Compare(Hanzhuang.Document(Hanzhuang.Batch(), Language.English), refused);
        var streamed = Compare(Results.Value, Write(refused), "later.json");

        foreach (var diff in new[] { inMemory, streamed })
        {
            var removed = Assert.Single(diff.Villages);
            Assert.Equal(("hz08", VillageChangeKind.Removed), (removed.Id, removed.Kind));
            Assert.Equal((0L, 1L), (diff.NotRated.Before, diff.NotRated.After));
        }
    }

    [Fact]
    public void Compare_EarlierResultsWithAVillageRefusedForItsId_Compares()
    {
        var refused = Hanzhuang.Document(Hanzhuang.Batch(Hanzhuang.CsvWith("hz08", "id", "hz01")), Language.English);

        var diff = ResultsComparer.Compare(refused, Hanzhuang.Document(Hanzhuang.Batch(), Language.English));

        var added = Assert.Single(diff.Villages);
        Assert.Equal(("hz08", VillageChangeKind.Added), (added.Id, added.Kind));
    }

    [Fact]
    public void Compare_FractionalStars_IsALocatedError()
    {
        var later = Edit(villages => villages[3]!["stars"] = 2.5);

        var exception = Assert.Throws<ResultsFormatException>(() => Compare(Results.Value, later, "later.json"));

        var line = Array.FindIndex(later.Split('\n'), l => l.Contains("\"stars\": 2.5", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"later.json:{line}: village 4: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.stars", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "has no id")]
    [InlineData("categories", "null where its name, categories")]
    public void Compare_NullIdOrCategories_IsALocatedError(string member, string expected)
    {
        var later = Edit(villages => villages[4]![member] = null);

        var exception = Assert.Throws<ResultsFormatException>(() => Compare(Results.Value, later, "later.json"));

        Assert.Contains(": village 5: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    private static ResultsDiff Compare(string earlier, string later, string laterName)
    {
        var folder = Directory.CreateTempSubdirectory("fivestar-diff-");
        try
        {
            var earlierPath = Path.Combine(folder.FullName, "earlier.json");
            var laterPath = Path.Combine(folder.FullName, laterName);
            File.WriteAllText(earlierPath, earlier);
            File.WriteAllText(laterPath, later);
            using var first = ResultsReader.Open(earlierPath);
            using var second = ResultsReader.Open(laterPath);
            try
            {
                return ResultsComparer.Compare(first, second);
            }
            catch (ResultsFormatException exception)
            {
                // Messages name the file as it was opened; the test names it without its folder.
                throw new ResultsFormatException(exception.Message.Replace(laterPath, laterName, StringComparison.Ordinal), exception);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Edit(Action<JsonArray> edit)
    {
        var root = JsonNode.Parse(Results.Value)!;
        edit(root["villages"]!.AsArray());
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Write(ResultsDocument document)
    {
        using var stream = new MemoryStream();
        RatingJson.Write(stream, document);
        var root = JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()))!;
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
