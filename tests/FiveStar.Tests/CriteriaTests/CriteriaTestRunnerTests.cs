using FiveStar.Criteria;
using FiveStar.CriteriaTests;
using FiveStar.Tests.Support;
using FiveStar.Text;
using Json.Schema;

namespace FiveStar.Tests.CriteriaTests;

/// <summary>The test cases a town writes: the Hanzhuang file passes, and a wrong expectation fails with what was expected and what came out.</summary>
public sealed class CriteriaTestRunnerTests : IDisposable
{
    private static readonly string Hanzhuang = RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.tests.json");
    private readonly string _folder = Directory.CreateTempSubdirectory("fivestar-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void RunFile_HanzhuangTests_EveryVillageOfTheReadmeTablePasses()
    {
        var report = new CriteriaTestRunner(StarRaterFactory.Create(b => b.AddStandardCategories()), Language.English).RunFile(Hanzhuang);

        Assert.True(report.AllPassed, string.Join(Environment.NewLine, report.Cases.SelectMany(c => c.Failures.Select(f => $"{c.Name}: {f.Message}"))));
        Assert.Equal(35, report.Cases.Count);
        var readmeVillages = File.ReadLines(RepositoryPaths.Of("samples/Hanzhuang/README.md")).Count(l => l.StartsWith("| hz", StringComparison.Ordinal));
        Assert.Equal(33, readmeVillages);
        Assert.Equal(readmeVillages, report.Cases.Count(c => c.Name.StartsWith("hz", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("en", "stars: expected 4, actual 3", "criterion B4: expected met, actual not met (not_met)", "ecological_livable: expected awarded, actual not awarded")]
    [InlineData("zh", "星数：应为 4，实际为 3", "条目 B4：应为 达到（met），实际为 未达到（not_met）", "ecological_livable：应为获得，实际为未获得")]
    public void RunFile_WrongExpectations_FailWithExpectedAndActualInTheLanguage(string language, string stars, string criterion, string category)
    {
        var text = File.ReadAllText(Hanzhuang)
            .Replace("\"criteria\": \"hanzhuang-2022.json\"", $"\"criteria\": {Documents.Quote(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json"))}", StringComparison.Ordinal)
            .Replace("\"villages\": \"villages.csv\"", $"\"villages\": {Documents.Quote(RepositoryPaths.Of("samples/Hanzhuang/villages.csv"))}", StringComparison.Ordinal);
        var first = text.IndexOf("\"stars\": 3, \"level\": 3", StringComparison.Ordinal);
        text = text[..first] + "\"stars\": 4, \"level\": 3" + text[(first + "\"stars\": 3, \"level\": 3".Length)..];
        text = ReplaceFirst(text, "\"B4\": \"not_met\"", "\"B4\": \"met\"");
        text = ReplaceFirst(text, "\"notAwarded\": [\"branch_strong\", \"ecological_livable\"]", "\"notAwarded\": [\"branch_strong\"], \"awarded\": [\"ecological_livable\"]");
        var path = Path.Combine(_folder, "wrong.tests.json");
        File.WriteAllText(path, text);

        var report = new CriteriaTestRunner(StarRaterFactory.Create(b => b.AddStandardCategories()), Language.Parse(language)).RunFile(path);

        Assert.Equal(1, report.Failed);
        var failed = Assert.Single(report.Cases, c => !c.Passed);
        Assert.StartsWith("hz01", failed.Name, StringComparison.Ordinal);
        Assert.Equal(3, failed.Failures.Count);
        Assert.Contains(failed.Failures, f => f.Message == stars && f.Expected == "4" && f.Actual == "3");
        Assert.Contains(failed.Failures, f => f.Message.StartsWith(criterion, StringComparison.Ordinal));
        Assert.Contains(failed.Failures, f => f.Message.StartsWith(category, StringComparison.Ordinal));
    }

    [Fact]
    public void RunFile_CasesFromDefaults_CheckStarsStatesAndDataProblems()
    {
        File.WriteAllText(Path.Combine(_folder, "town.json"), Documents.OneCriterion("income >= min_income"));
        var path = Write("town.tests.json", """
        {
          "defaults": { "income": 250000, "toilets": 90, "petitions": 0, "adviser": true, "grade": "competent" },
          "cases": [
            { "name": "rich", "expect": { "stars": 1, "awarded": ["industry"], "criteria": { "C1": "met" }, "problems": [] } },
            { "name": "poor", "values": { "income": 1000 }, "expect": { "stars": 0, "notAwarded": ["industry"], "criteria": { "C1": "not_met" } } },
            { "name": "unknown income", "values": { "income": null }, "expect": { "criteria": { "C1": "missing" } } },
            { "name": "negative income", "values": { "income": -5 }, "expect": { "rated": false, "problems": ["income"] } },
            { "name": "what if the threshold were 1,000", "values": { "income": 1000 }, "parameters": { "min_income": 1000 }, "expect": { "stars": 1 } }
          ]
        }
        """);

        var report = new CriteriaTestRunner(TestFactory.Create(), Language.English).RunFile(path);

        Assert.True(report.AllPassed, string.Join(Environment.NewLine, report.Cases.SelectMany(c => c.Failures.Select(f => $"{c.Name}: {f.Message}"))));
        Assert.Equal(Path.Combine(_folder, "town.json"), report.Criteria);
    }

    [Fact]
    public void RunFile_MisspeltParameterAndCriterionIds_FailTheCaseWithASuggestion()
    {
        File.WriteAllText(Path.Combine(_folder, "town.json"), Documents.OneCriterion("income >= min_income"));
        var path = Write("town.tests.json", """
        {
          "defaults": { "income": 250000 },
          "cases": [
            { "name": "typo in a parameter", "parameters": { "min_incom": 1000 }, "expect": { "stars": 1 } },
            { "name": "typo in a criterion", "expect": { "criteria": { "C2": "met" }, "awarded": ["industri"] } }
          ]
        }
        """);

        var report = new CriteriaTestRunner(TestFactory.Create(), Language.English).RunFile(path);

        Assert.Equal(2, report.Failed);
        Assert.Contains("did you mean \"min_income\"?", Assert.Single(report.Cases[0].Failures).Message, StringComparison.Ordinal);
        Assert.Contains(report.Cases[1].Failures, f => f.Message.Contains("expects criterion \"C2\", which the criteria do not have (did you mean \"C1\"?)", StringComparison.Ordinal));
        Assert.Contains(report.Cases[1].Failures, f => f.Message.Contains("(did you mean \"industry\"?)", StringComparison.Ordinal));
    }

    [Fact]
    public void RunFile_UnknownMember_IsAnErrorAtItsLineWithTheNearestMember()
    {
        File.WriteAllText(Path.Combine(_folder, "town.json"), Documents.OneCriterion("income > 0"));
        var path = Write("town.tests.json", """
        {
          "cases": [
            { "name": "x",
              "expect": { "star": 1 } }
          ]
        }
        """);

        var exception = Assert.Throws<CriteriaException>(() => new CriteriaTestRunner(TestFactory.Create(), Language.English).RunFile(path));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal(4, diagnostic.Line);
        Assert.Contains("unknown member \"star\" (did you mean \"stars\"?)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_HanzhuangTests_AreValid()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Of("src/FiveStar/Schema/criteria-tests.schema.json")));
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Hanzhuang));

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, old);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
