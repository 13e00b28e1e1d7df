using System.Text.Json;
using System.Text.Json.Nodes;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

/// <summary>
/// One validation on every path: the same villages, given as the application's objects, dictionaries, JSON elements,
/// JSON text, database rows, through the batch API and as CSV and JSON files, give byte-identical results (file readers
/// add the line and column of each problem, which the comparison leaves out).
/// </summary>
public class VillageParityTests
{
    private static readonly Lazy<StarRater> Hanzhuang = new(() => StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")));

    [Fact]
    public void EveryPath_HanzhuangVillages_GiveTheSameResultsAndThePublishedFigures()
    {
        var rater = Hanzhuang.Value;
        var records = VillageRecords.Hanzhuang(rater);

        var documents = EveryPath(rater, records, typedObjects: true);

        Assert.All(documents, d => Assert.Equal(documents["objects"], d.Value));
        var summary = JsonNode.Parse(documents["objects"])!["summary"]!;
        Assert.Equal(33, (int)summary["rated"]!);
        Assert.Equal(17, (int)summary["byCategory"]!["industry_prosperity"]!);
        Assert.Equal(1, (int)summary["byCategory"]!["branch_strong"]!);
        Assert.Equal(15, (int)summary["byStars"]!["3"]!);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EveryPath_RandomVillagesWithBrokenValuesTheirTypesCanHold_GiveTheSameResults(int seed)
    {
        var rater = Hanzhuang.Value;
        var records = Broken(rater, seed, textKinds: false);

        var documents = EveryPath(rater, records, typedObjects: true);

        Assert.All(documents, d => Assert.Equal(documents["objects"], d.Value));
        var villages = JsonNode.Parse(documents["objects"])!["villages"]!.AsArray();
        Assert.Contains(villages, v => !(bool)v!["rated"]!);
        Assert.Contains(villages, v => (bool)v!["rated"]!);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void EveryTextPath_RandomVillagesWithBrokenValuesOfEveryKind_GiveTheSameResults(int seed)
    {
        // Text in a number, a number or "perhaps" for true/false: values a typed class cannot hold, but a dictionary,
        // JSON, a database column of mixed type, the batch API and files can.
        var rater = Hanzhuang.Value;
        var records = Broken(rater, seed, textKinds: true);

        var documents = EveryPath(rater, records, typedObjects: false);

        Assert.All(documents, d => Assert.Equal(documents["dictionaries"], d.Value));
        var problems = JsonNode.Parse(documents["dictionaries"])!["villages"]!.AsArray().SelectMany(v => v!["problems"]!.AsArray()).Select(p => (string)p!["kind"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "invalid_value", "out_of_range", "missing_required", "duplicate_id" }, problems);
    }

    private static Dictionary<string, string> EveryPath(StarRater rater, List<VillageRecord> records, bool typedObjects)
    {
        var english = Language.English;
        var columns = rater.Schema.Indicators.Select(i => i.Id).ToArray();
        var json = VillageRecords.ToJson(records);
        var documents = new Dictionary<string, string>();
        if (typedObjects)
        {
            documents["objects"] = Bytes(rater.RateAll(records.Select(VillageRecords.ToObject).ToList(), english));
            if (records.Select(r => r.Id).Distinct().Count() == records.Count)
            {
                // One at a time, ids are not compared with other villages'.
                documents["one object at a time"] = Bytes(Document(rater, records.Select(r => rater.Rate(VillageRecords.ToObject(r), english)).ToList()));
            }
        }

        documents["dictionaries"] = Bytes(rater.RateAll(records.Select(VillageRecords.ToDictionary).ToList(), english));
        using (var parsed = JsonDocument.Parse(json))
        {
            documents["json elements"] = Bytes(rater.RateAll(parsed.RootElement.EnumerateArray().ToList(), english));
        }

        documents["json text"] = Bytes(rater.RateJson(json, english));
        using (var table = VillageRecords.ToTable(records, columns))
        using (var rows = table.CreateDataReader())
        {
            documents["data reader"] = Bytes(rater.RateAll(rows, english));
        }

        documents["batch"] = Bytes(Document(rater, VillageRecords.ThroughBatch(rater, records)));
        documents["csv file"] = Bytes(Document(rater, FromFile(rater, VillageRecords.ToCsv(records, columns), VillageFileFormat.Csv)), withoutPositions: true);
        documents["json file"] = Bytes(Document(rater, FromFile(rater, json, VillageFileFormat.Json)), withoutPositions: true);
        return documents;
    }

    private static List<VillageRating> FromFile(StarRater rater, string text, VillageFileFormat format)
    {
        using var reader = VillageReader.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), rater.Schema, format, "villages");
        var batch = rater.CreateBatch();
        reader.ReadBatch(batch, int.MaxValue);
        var results = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, results);
        return Enumerable.Range(0, batch.Count).Select(r => rater.RateRow(batch, r, Language.English)).ToList();
    }

    /// <summary>The results document of ratings made through the batch API or a file reader, as the library makes it for a sequence.</summary>
    private static ResultsDocument Document(StarRater rater, IReadOnlyList<VillageRating> ratings)
    {
        var summary = new RatingSummaryBuilder(rater);
        foreach (var rating in ratings)
        {
            summary.Add(rating);
        }

        return new ResultsDocument { Criteria = ResultsWriter.Describe(rater), Language = "en", Villages = ratings, Summary = summary.Build() };
    }

    /// <summary>
    /// The document's bytes as the library writes them. Only a file has lines and columns: for a file they are taken
    /// out, and an in-memory village must have none.
    /// </summary>
    private static string Bytes(ResultsDocument document, bool withoutPositions = false)
    {
        using var stream = new MemoryStream();
        RatingJson.Write(stream, document);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        if (!withoutPositions)
        {
            Assert.DoesNotContain(JsonNode.Parse(text)!["villages"]!.AsArray().SelectMany(v => v!["problems"]!.AsArray()), p => p!["line"] is not null || p["column"] is not null);
            return text;
        }

        var node = JsonNode.Parse(text)!;
        foreach (var problem in node["villages"]!.AsArray().SelectMany(v => v!["problems"]!.AsArray()))
        {
            problem!["line"] = null;
            problem["column"] = null;
        }

        return node.ToJsonString(RatingJson.Options) + (text.EndsWith('\n') ? "\n" : string.Empty);
    }

    /// <summary>Hanzhuang villages with values broken at random, in every way the chosen kinds allow.</summary>
    private static List<VillageRecord> Broken(StarRater rater, int seed, bool textKinds)
    {
        var random = new Random(seed);
        var sources = VillageRecords.Hanzhuang(rater);
        var records = new List<VillageRecord>();
        var breaks = new List<Action<Dictionary<string, object?>>>
        {
            v => v["sanitary_toilet_coverage_pct"] = 250.0,
            v => v["population"] = -5,
            v => v["population"] = null,
            v => v["households_total"] = 0,
            v => v["collective_income_yuan"] = -1000m,
            v => v["reserve_cadre_count"] = 2.5,
            v => v["rule_of_law_model_village_level"] = "regional",
            v => v["secretary_appraisal_grade"] = 42,
            v => v["green_coverage_pct"] = null,
            v => v["legal_adviser_assigned"] = null,
            v => v["collective_income_growth_pct"] = -100.0,
        };
        if (textKinds)
        {
            breaks.Add(v => v["collective_income_yuan"] = "lots");
            breaks.Add(v => v["legal_adviser_assigned"] = "perhaps");
            breaks.Add(v => v["library_exists"] = 2);
            breaks.Add(v => v["library_exists"] = "是");
            breaks.Add(v => v["grid_members_count"] = true);
            breaks.Add(v => v["grid_members_count"] = " 12 ");
            breaks.Add(v => v["secretary_appraisal_grade"] = "outstanding");
        }

        for (var i = 0; i < 60; i++)
        {
            var source = sources[random.Next(sources.Count)];
            var values = new Dictionary<string, object?>(source.Values);
            var count = random.Next(0, 3);
            for (var b = 0; b < count; b++)
            {
                breaks[random.Next(breaks.Count)](values);
            }

            var id = random.Next(12) == 0 && records.Count > 0 ? records[random.Next(records.Count)].Id : $"r{seed}-{i}";
            records.Add(new VillageRecord(id, $"{source.Name}{i}", values));
        }

        return records;
    }
}
