using System.Text.Json;
using FiveStar.Criteria;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Criteria;

public sealed class CriteriaLoaderExtendsTests : IDisposable
{
    private const string Base = $$"""
    {
      "schemaVersion": "1.0", "id": "province", "name": { "zh": "省标准", "en": "Province" },
      {{Documents.Indicators}},
      "parameters": [ { "id": "min_income", "value": 200000, "min": 0, "max": 1000000 } ],
      "categories": [
        { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [
          { "id": "I1", "expression": "income >= min_income" },
          { "id": "I2", "expression": "toilets >= 80" },
          { "id": "I3", "expression": "petitions == 0" } ] },
        { "id": "safety", "name": { "zh": "平安", "en": "Safety" }, "rules": [ { "id": "S1", "expression": "adviser" } ] }
      ]
    }
    """;

    private readonly string _folder = Directory.CreateTempSubdirectory("fivestar-extends-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadFile_ThresholdOverride_ReplacesParameterValueOnly()
    {
        var town = Town("""
          "parameters": [ { "id": "min_income", "value": 100000 } ]
        """);

        var rater = TestFactory.Create().FromFile(town);
        var ratings = TestFactory.RateAll(rater, ("v", Documents.Village(income: 150000)), ("w", Documents.Village(income: 90000)));

        Assert.Equal(100000, Assert.Single(rater.Document.Parameters).Value);
        Assert.Equal(1000000, rater.Document.Parameters[0].Maximum);
        Assert.Equal([2, 1], ratings.Select(r => r.Stars));
        Assert.Equal("town", rater.Document.Id);
        Assert.Equal([Path.Combine(_folder, "province.json")], rater.Document.Extends);
    }

    [Fact]
    public void LoadFile_ThresholdOverrideOutsideBaseRange_ReportsTownFile()
    {
        var town = Town("""
          "parameters": [ { "id": "min_income", "value": 5000000 } ]
        """);

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => TestFactory.Create().FromFile(town)).Diagnostics);

        Assert.Equal("min_income", diagnostic.CriterionId);
        Assert.Contains("outside its valid range 0–1000000", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_CriterionReplaced_UsesTownExpression()
    {
        var town = Town("""
          "categories": [ { "id": "industry", "rules": [ { "id": "I2", "expression": "toilets >= 60" } ] } ]
        """);

        var rater = TestFactory.Create().FromFile(town);
        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(toilets: 70)))[0];

        Assert.True(rating.Categories[0].Awarded);
        Assert.Equal(["I1", "I2", "I3"], rating.Categories[0].Criteria.Select(c => c.Id));
        Assert.Equal("Industry", rater.Categories[0].Name.En);
    }

    [Fact]
    public void LoadFile_CriterionDisabled_NoLongerCounts()
    {
        var town = Town("""
          "categories": [ { "id": "industry", "rules": [ { "id": "I3", "enabled": false } ] } ]
        """);

        var rater = TestFactory.Create().FromFile(town);
        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(petitions: 2)))[0];

        Assert.Equal(["I1", "I2"], rating.Categories[0].Criteria.Select(c => c.Id));
        Assert.True(rating.Categories[0].Awarded);
        Assert.Equal(-1, rater.IndexOfCriterion("industry", "I3"));
    }

    [Fact]
    public void LoadFile_CriterionAddedAndCategoryDisabled_Applies()
    {
        var town = Town("""
          "categories": [
            { "id": "industry", "rules": [ { "id": "I4", "expression": "grade == \"excellent\"" } ] },
            { "id": "safety", "enabled": false } ]
        """);

        var rater = TestFactory.Create().FromFile(town);
        var ratings = TestFactory.RateAll(rater, ("v", Documents.Village(grade: "excellent")), ("w", Documents.Village()));

        Assert.Equal(["industry"], rater.Categories.Select(c => c.Id));
        Assert.Equal(["I1", "I2", "I3", "I4"], ratings[0].Categories[0].Criteria.Select(c => c.Id));
        Assert.Equal([1, 0], ratings.Select(r => r.Stars));
    }

    [Fact]
    public void LoadFile_ExtendsWithoutOverrides_RatesLikeItsBase()
    {
        var town = Town(string.Empty);
        var baseRater = TestFactory.Create().FromFile(Path.Combine(_folder, "province.json"));
        var townRater = TestFactory.Create().FromFile(town);
        var batch = RandomVillages.Fill(baseRater, 300, seed: 1);
        var townBatch = RandomVillages.Fill(townRater, 300, seed: 1);

        var baseResults = Enumerable.Range(0, batch.Count).Select(r => JsonSerializer.Serialize(baseRater.RateRow(batch, r, Language.Chinese), RatingJsonContext.Default.VillageRating));
        var townResults = Enumerable.Range(0, townBatch.Count).Select(r => JsonSerializer.Serialize(townRater.RateRow(townBatch, r, Language.Chinese), RatingJsonContext.Default.VillageRating));

        Assert.Equal(baseResults, townResults);
    }

    [Fact]
    public void LoadFile_TownWritesCriterionIdTwice_ReportsSecondAtTownLine()
    {
        var town = Town("""
          "categories": [ { "id": "industry", "rules": [
            { "id": "I4", "expression": "toilets >= 60" },
            { "id": "I4", "expression": "toilets >= 70" } ] } ]
        """);

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => TestFactory.Create().FromFile(town)).Diagnostics);

        Assert.Equal(town, diagnostic.File);
        Assert.Equal("I4", diagnostic.CriterionId);
        Assert.Contains("used twice in category \"industry\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Documents.Locate(File.ReadAllText(town), "{ \"id\": \"I4\"", 1).Line, diagnostic.Line);
    }

    [Fact]
    public void LoadFile_TownOverridesBaseCriterionTwice_ReportsSecond()
    {
        var town = Town("""
          "categories": [ { "id": "industry", "rules": [
            { "id": "I2", "expression": "toilets >= 60" },
            { "id": "I2", "enabled": false } ] } ]
        """);

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => TestFactory.Create().FromFile(town)).Diagnostics);

        Assert.Equal("I2", diagnostic.CriterionId);
        Assert.Equal(town, diagnostic.File);
        Assert.Equal(Documents.Locate(File.ReadAllText(town), "{ \"id\": \"I2\"", 1).Line, diagnostic.Line);
    }

    [Fact]
    public void LoadFile_TownWritesCategoryTwice_ReportsCategoryDeclaredTwice()
    {
        var town = Town("""
          "categories": [
            { "id": "safety", "rules": [ { "id": "S2", "expression": "petitions == 0" } ] },
            { "id": "safety", "enabled": false } ]
        """);

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => TestFactory.Create().FromFile(town)).Diagnostics);

        Assert.Equal("safety", diagnostic.CriterionId);
        Assert.Contains("category \"safety\" is declared twice", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Documents.Locate(File.ReadAllText(town), "{ \"id\": \"safety\"", 1).Line, diagnostic.Line);
    }

    [Fact]
    public void LoadFile_ErrorInBase_ReportsBaseFileAndLine()
    {
        var basePath = Path.Combine(_folder, "province.json");
        File.WriteAllText(basePath, Base.Replace("toilets >= 80", "toilets >=", StringComparison.Ordinal));
        var town = Path.Combine(_folder, "town.json");
        File.WriteAllText(town, """{ "extends": "province.json", "id": "town" }""");

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => TestFactory.Create().FromFile(town)).Diagnostics);

        Assert.Equal(basePath, diagnostic.File);
        Assert.Equal("I2", diagnostic.CriterionId);
        Assert.Equal(Documents.Locate(File.ReadAllText(basePath), "\"expression\"", 1), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Fact]
    public void LoadFile_TwoFilesExtendingEachOther_IsCycleError()
    {
        var a = Path.Combine(_folder, "a.json");
        var b = Path.Combine(_folder, "b.json");
        File.WriteAllText(a, """{ "schemaVersion": "1.0", "extends": "b.json", "id": "a" }""");
        File.WriteAllText(b, """{ "schemaVersion": "1.0", "extends": "a.json", "id": "b" }""");

        var exception = Assert.Throws<CriteriaException>(() => TestFactory.Create().FromFile(a));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Contains("extends forms a cycle", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains($"{a} → {b} → {a}", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("$.extends", diagnostic.JsonPath);
        Assert.Equal(b, diagnostic.File);
    }

    [Fact]
    public void LoadFile_FileExtendingItself_IsCycleError()
    {
        var a = Path.Combine(_folder, "a.json");
        File.WriteAllText(a, """{ "schemaVersion": "1.0", "extends": "./a.json", "id": "a" }""");

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => TestFactory.Create().FromFile(a)).Diagnostics);

        Assert.Contains("extends forms a cycle", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_MissingBase_NamesReferenceAndLocation()
    {
        var town = Path.Combine(_folder, "town.json");
        const string json = """
        {
          "schemaVersion": "1.0",
          "id": "town",
          "extends": "standards/province-2023.json"
        }
        """;
        File.WriteAllText(town, json);

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => TestFactory.Create().FromFile(town)).Diagnostics);

        Assert.Equal(town, diagnostic.File);
        Assert.Equal("town", diagnostic.CriterionId);
        Assert.Equal("$.extends", diagnostic.JsonPath);
        Assert.Equal((4, 3), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("extends \"standards/province-2023.json\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadJson_UnknownShippedDocument_ListsShippedOnes()
    {
        var exception = TestFactory.LoadError("""{ "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2099" }""");

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Contains("neither a file", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(StandardCriteria.HenanRural2022, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadJson_ExtendsRelativeToBaseDirectory_Resolves()
    {
        Town(string.Empty);

        var document = TestFactory.Create().Loader.LoadJson("""{ "extends": "province.json", "id": "inline" }""", "inline.json", _folder);

        Assert.Equal(["industry", "safety"], document.Categories.Select(c => c.Id));
    }

    private string Town(string overrides)
    {
        File.WriteAllText(Path.Combine(_folder, "province.json"), Base);
        var path = Path.Combine(_folder, "town.json");
        var separator = string.IsNullOrWhiteSpace(overrides) ? string.Empty : ",";
        File.WriteAllText(path, $$"""
        {
          "extends": "province.json",
          "id": "town",
          "name": { "zh": "镇标准", "en": "Town" }{{separator}}
        {{overrides}}
        }
        """);
        return path;
    }

    /// <summary>Issue 17, class 3: extends read any file: /dev/zero until memory ran out, a FIFO for ever, /proc files.</summary>
    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/proc/self/environ")]
    [InlineData("FIFO")]
    [InlineData("FOLDER")]
    [InlineData("EMPTY")]
    public async Task LoadFile_ExtendsNotARegularFile_IsRefusedBeforeReading(string target)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        target = target switch
        {
            "FIFO" => MakeFifo(Path.Combine(_folder, "pipe.json")),
            "FOLDER" => Directory.CreateDirectory(Path.Combine(_folder, "folder.json")).FullName,
            "EMPTY" => WriteFile("empty.json", string.Empty),
            _ => target,
        };
        var town = WriteFile("town.json", $$"""{ "schemaVersion": "1.0", "id": "town", "extends": {{Documents.Quote(target)}} }""");
        var load = Task.Run(() => Assert.Throws<CriteriaException>(() => TestFactory.Create().FromFile(town)));

        var exception = await load.WaitAsync(TimeSpan.FromSeconds(20));
        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal(town, diagnostic.File);
        Assert.Equal("$.extends", diagnostic.JsonPath);
        Assert.Contains(target, diagnostic.Message, StringComparison.Ordinal);
        Assert.Matches("not a regular file|is a folder", diagnostic.Message);
    }

    /// <summary>Issue 17, class 3: a JSON file that is not a criteria document had its members echoed (unknown member 'aws_secret_access_key').</summary>
    [Theory]
    [InlineData("""{ "aws_secret_access_key": "wJalrXUtnFEMI", "region": "cn-north-1" }""")]
    [InlineData("""["wJalrXUtnFEMI"]""")]
    [InlineData("PASSWORD=wJalrXUtnFEMI")]
    public void LoadFile_ExtendsForeignFile_SaysNotACriteriaDocumentAndShowsNothingOfIt(string content)
    {
        var secret = WriteFile("credentials.json", content);
        var town = WriteFile("town.json", """{ "schemaVersion": "1.0", "id": "town", "extends": "credentials.json" }""");

        var exception = Assert.Throws<CriteriaException>(() => TestFactory.Create().FromFile(town));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Contains("not a FiveStar criteria document", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(secret, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wJalrXUtnFEMI", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("aws_secret", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PASSWORD", exception.Message, StringComparison.Ordinal);
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string MakeFifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return path;
    }
}
