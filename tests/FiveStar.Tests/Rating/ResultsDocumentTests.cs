using System.Text;
using System.Text.Json;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using Json.Schema;

namespace FiveStar.Tests.Rating;

/// <summary>The results document: valid against the shipped schema, read back as written, the same bytes every time.</summary>
public class ResultsDocumentTests
{
    // Parsed once: the schema registers its $id globally, and a second registration is refused.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Of("src/FiveStar/Schema/results.schema.json"))));

    private static readonly Lazy<JsonSchema> VillageSchema = new(() => JsonSchema.FromText(
        File.ReadAllText(RepositoryPaths.Of("src/FiveStar/Schema/results.schema.json"))
            .Replace("https://fivestar.example/schema/results-1.0.json", "https://fivestar.example/schema/results-1.0-village.json", StringComparison.Ordinal)
            .Replace("\"required\": [\"$schema\", \"schemaVersion\", \"criteria\", \"language\", \"villages\", \"summary\"],", "\"$ref\": \"#/$defs/villageRating\", \"unevaluatedProperties\": true,", StringComparison.Ordinal)
            .Replace("\"additionalProperties\": false,\n  \"$ref\"", "\"$ref\"", StringComparison.Ordinal)));

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Write_HanzhuangWithBrokenVillages_IsValidAgainstTheShippedSchema(string code)
    {
        // Broken values make data problems, a missing required value and a criterion that cannot be evaluated.
        var csv = Hanzhuang.CsvWith("hz03", "collective_income_yuan", "lots");
        var document = Hanzhuang.Document(Hanzhuang.Batch(csv), FiveStar.Text.Language.Parse(code));

        var bytes = Write(document);

        var result = Validate(Schema.Value, bytes);
        Assert.True(result.IsValid, Errors(result));
        using var json = JsonDocument.Parse(bytes);
        var hz03 = json.RootElement.GetProperty("villages").EnumerateArray().Single(v => v.GetProperty("id").GetString() == "hz03");
        Assert.False(hz03.GetProperty("rated").GetBoolean());
        Assert.Equal("invalid_value", hz03.GetProperty("problems")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Schema_DocumentWithAnUnknownOrMissingMember_IsInvalid()
    {
        var bytes = Write(Hanzhuang.Document(Hanzhuang.Batch(), FiveStar.Text.Language.English));
        var node = System.Text.Json.Nodes.JsonNode.Parse(bytes)!;
        node["villages"]![0]!["categories"]![0]!["colour"] = "red";
        var extra = Encoding.UTF8.GetBytes(node.ToJsonString());
        node = System.Text.Json.Nodes.JsonNode.Parse(bytes)!;
        node.AsObject().Remove("summary");
        var missing = Encoding.UTF8.GetBytes(node.ToJsonString());

        Assert.False(Validate(Schema.Value, extra).IsValid);
        Assert.False(Validate(Schema.Value, missing).IsValid);
    }

    [Fact]
    public void Write_ReadWrite_GivesTheSameBytes()
    {
        var csv = Hanzhuang.CsvWith("hz05", "sanitary_toilet_coverage_pct", "130");
        var first = Write(Hanzhuang.Document(Hanzhuang.Batch(csv), FiveStar.Text.Language.Chinese));

        var read = RatingJson.Read(new MemoryStream(first));
        var second = Write(read);

        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Equal(33, read.Villages.Count);
        Assert.Equal("hanzhuang-2022", read.Criteria.Id);
        Assert.Equal("产业兴旺星", read.Villages[0].Categories[1].Name.Zh);
        Assert.Equal(32, read.Summary.Rated);
    }

    [Fact]
    public void ResultsWriter_StreamAndTextWriter_WriteTheSameBytesAsRatingJsonWrite()
    {
        var document = Hanzhuang.Document(Hanzhuang.Batch(), FiveStar.Text.Language.English);
        var stream = new MemoryStream();
        using (var writer = new ResultsWriter(stream, Hanzhuang.Rater, FiveStar.Text.Language.English))
        {
            foreach (var village in document.Villages)
            {
                writer.Write(village);
            }

            writer.Complete(document.Summary);
        }

        var text = new StringWriter();
        using (var writer = new ResultsWriter(text, document.Criteria, FiveStar.Text.Language.English))
        {
            foreach (var village in document.Villages)
            {
                writer.Write(village);
            }

            writer.Complete(document.Summary);
        }

        var expected = Encoding.UTF8.GetString(Write(document));
        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(expected, text.ToString());
    }

    [Fact]
    public void ResultsWriter_ToATextWriter_PassesVillagesOnBeforeTheDocumentEnds()
    {
        // A run of millions must not wait in memory for the summary: the text path once buffered the whole document.
        var document = Hanzhuang.Document(Hanzhuang.Batch(), FiveStar.Text.Language.English);
        var text = new StringWriter();
        using var writer = new ResultsWriter(text, document.Criteria, FiveStar.Text.Language.English);
        var written = 0;
        while (text.GetStringBuilder().Length == 0 && written < 100_000)
        {
            writer.Write(document.Villages[written % document.Villages.Count]);
            written++;
        }

        Assert.True(text.GetStringBuilder().Length > 0, $"nothing reached the text writer after {written} villages");
        Assert.True(text.GetStringBuilder().Length < 4 * 1024 * 1024, "the writer held far more than its flush threshold");
    }

    [Fact]
    public void CreateLines_Hanzhuang_EachVillageLineMatchesTheSchemaAndTheLastIsTheSummary()
    {
        var document = Hanzhuang.Document(Hanzhuang.Batch(), FiveStar.Text.Language.Chinese);
        var stream = new MemoryStream();
        using (var writer = ResultsWriter.CreateLines(stream))
        {
            foreach (var village in document.Villages)
            {
                writer.Write(village);
            }

            writer.Complete(document.Summary);
        }

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(34, lines.Length);
        Assert.All(lines[..33], l => Assert.True(Validate(VillageSchema.Value, Encoding.UTF8.GetBytes(l)).IsValid, l[..80]));
        Assert.False(Validate(VillageSchema.Value, Encoding.UTF8.GetBytes(lines[33])).IsValid);
        Assert.Equal(17, JsonSerializer.Deserialize(lines[33], RatingJson.RatingSummary)!.ByCategory["industry_prosperity"]);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"2.0"}""", "version 2.0")]
    [InlineData("""[1, 2]""", "not a FiveStar results document")]
    [InlineData("""{"$schema":"x","schemaVersion":"1.0","language":"zh","villages":[]}""", "not a FiveStar results document")]
    public void Read_NotAResultsDocument_ThrowsResultsFormatException(string json, string expected)
    {
        var exception = Assert.Throws<ResultsFormatException>(() => RatingJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_ShippedInTheAssembly_EqualsTheRepositoryFile()
    {
        using var stream = typeof(StarRaterFactory).Assembly.GetManifestResourceStream("FiveStar.results.schema.json");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);

        Assert.Equal(File.ReadAllText(RepositoryPaths.Of("src/FiveStar/Schema/results.schema.json")), reader.ReadToEnd());
    }

    private static byte[] Write(ResultsDocument document)
    {
        var stream = new MemoryStream();
        RatingJson.Write(stream, document);
        return stream.ToArray();
    }

    private static EvaluationResults Validate(JsonSchema schema, byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(10).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
