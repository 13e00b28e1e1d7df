using System.Text;
using FiveStar.Criteria;
using FiveStar.Resources;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Criteria.Building;

public class DocumentBuilderTests
{
    private static string Document(string categories, string extra = "") => $$"""
    {
      "schemaVersion": "1.0",
      "id": "doc",
      "name": { "zh": "测试", "en": "Test" },
      {{Documents.Indicators}},
      "parameters": [ { "id": "min_income", "value": 200000, "min": 0, "max": 10000000 } ],{{extra}}
      "categories": [
    {{categories}}
      ]
    }
    """;

    [Fact]
    public void Load_DuplicateCriterionId_ReportsSecondOccurrenceWithLocation()
    {
        var json = Document("""
            { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [
              { "id": "I1", "expression": "income > 0" },
              { "id": "I1", "expression": "toilets > 50" } ] }
        """);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("I1", diagnostic.CriterionId);
        Assert.Equal("test.json", diagnostic.File);
        Assert.Equal("$.categories[0].rules[1]", diagnostic.JsonPath);
        Assert.Contains("used twice", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Documents.Locate(json, "{ \"id\": \"I1\"", 1), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Fact]
    public void Load_CategoryWithoutCriteriaOrPlugin_NamesAvailableCategories()
    {
        var json = Document("""
            { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [ { "id": "I1", "expression": "income > 0" } ] },
            { "id": "ecology", "name": { "zh": "生态", "en": "Ecology" } }
        """);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics, d => d.Message.Contains("no plug-in provides it", StringComparison.Ordinal));

        Assert.Equal("ecology", diagnostic.CriterionId);
        Assert.Equal("$.categories[1]", diagnostic.JsonPath);
        Assert.Contains("available categories: none", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Documents.Locate(json, "{ \"id\": \"ecology\""), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Fact]
    public void Load_UnknownPlugin_NamesPluginAndLocation()
    {
        var json = Document("""
            { "id": "industry", "plugin": "industry_prosperty", "name": { "zh": "产业", "en": "Industry" }, "rules": [ { "id": "I1", "expression": "income > 0" } ] }
        """);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("industry", diagnostic.CriterionId);
        Assert.Equal("$.categories[0].plugin", diagnostic.JsonPath);
        Assert.Contains("\"industry_prosperty\", which is not registered", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Documents.Locate(json, "\"plugin\""), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Theory]
    [InlineData("""{ "rule": "most" }""", "$.categories[0].award.rule", "\"most\" is not known")]
    [InlineData("""{ "rule": "at_least", "count": 3 }""", "$.categories[0].award.count", "count from 1 to 2")]
    [InlineData("""{ "rule": "at_least", "count": 0 }""", "$.categories[0].award.count", "count from 1 to 2")]
    [InlineData("""{ "rule": "at_least" }""", "$.categories[0].award.count", "none is given")]
    [InlineData("""{ "rule": "points", "threshold": 120 }""", "$.categories[0].award.threshold", "at most 100")]
    [InlineData("""{ "rule": "points", "threshold": 0 }""", "$.categories[0].award.threshold", "above 0")]
    [InlineData("""{ "rule": "points", "threshold": 50, "required": [ "I9" ] }""", "$.categories[0].award.required", "required criterion \"I9\"")]
    public void Load_BadAwardRule_ReportsWhatIsWrongWithLocation(string award, string path, string expected)
    {
        var json = Document($$"""
            { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "award": {{award}}, "rules": [
              { "id": "I1", "expression": "income > 0", "points": 60 },
              { "id": "I2", "expression": "toilets > 50", "points": 40 } ] }
        """);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("industry", diagnostic.CriterionId);
        Assert.Equal(path, diagnostic.JsonPath);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(diagnostic.Line);
        Assert.NotNull(diagnostic.Column);
    }

    [Fact]
    public void Load_PointsAwardWithCriterionWithoutPoints_NamesTheCriterion()
    {
        var json = Document("""
            { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "award": { "rule": "points", "threshold": 50 }, "rules": [
              { "id": "I1", "expression": "income > 0", "points": 60 },
              { "id": "I2", "expression": "toilets > 50" } ] }
        """);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("I2", diagnostic.CriterionId);
        Assert.Equal("$.categories[0].rules[1]", diagnostic.JsonPath);
        Assert.Contains("gives no points", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(20000000)]
    public void Load_ParameterOutsideItsRange_ReportsThresholdOutOfRange(double value)
    {
        var json = $$"""
        { "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测", "en": "T" },
          {{Documents.Indicators}},
          "parameters": [
            { "id": "min_income", "value": {{value}}, "min": 0, "max": 10000000 } ],
          "categories": [ { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [ { "id": "I1", "expression": "income >= min_income" } ] } ] }
        """;

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("min_income", diagnostic.CriterionId);
        Assert.Equal("$.parameters[0].value", diagnostic.JsonPath);
        Assert.Contains("outside its valid range 0–10000000", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Documents.Locate(json, "\"value\""), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Fact]
    public void Load_ExpressionTooLong_ReportsLimitAndCriterion()
    {
        var expression = string.Join(" AND ", Enumerable.Repeat("income > 0", 400));
        var json = Documents.OneCriterion(expression, id: "LONG");

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("LONG", diagnostic.CriterionId);
        Assert.Equal("$.categories[0].rules[0].expression", diagnostic.JsonPath);
        Assert.Contains("MaxExpressionLength", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Documents.Locate(json, "\"expression\""), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Fact]
    public void Load_TooManyCriteria_ReportsDefaultLimit()
    {
        var rules = string.Join(",\n", Enumerable.Range(0, 2001).Select(i => $$"""{ "id": "C{{i}}", "expression": "income > {{i}}" }"""));
        var json = Document($$"""{ "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [ {{rules}} ] }""");

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("$", diagnostic.JsonPath);
        Assert.Contains("2001 criteria", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("at most 2000", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TooManyCriteriaForConfiguredLimit_CountsNestedRulesAndVetoes()
    {
        var json = Document(
            """
                { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [
                  { "id": "I1", "expression": "income > 0" },
                  { "id": "I2", "operator": "And", "rules": [ { "id": "I2a", "expression": "toilets > 0" }, { "id": "I2b", "expression": "petitions == 0" } ] } ] }
            """,
            """
              "vetoes": [ { "id": "V1", "scope": "rating", "expression": "petitions > 10" } ],
            """);
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { MaxCriteria = 4 });

        var exception = Assert.Throws<CriteriaException>(() => factory.FromJson(json, "limits.json"));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("limits.json", diagnostic.File);
        Assert.Contains("5 criteria, rules and vetoes; at most 4", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEveryOneAtOnce()
    {
        var json = Document("""
            { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "award": { "rule": "sometimes" }, "rules": [
              { "id": "I1", "expression": "income > 0" },
              { "id": "I1", "expression": "toilets > 50" },
              { "id": "I3" } ] },
            { "id": "ecology", "name": { "zh": "生态", "en": "Ecology" }, "plugin": "nope", "rules": [ { "id": "E1", "expression": "toilets > 50" } ] }
        """);

        var exception = TestFactory.LoadError(json);

        Assert.Equal(4, exception.Diagnostics.Count);
        Assert.Contains(exception.Diagnostics, d => d.CriterionId == "I1" && d.Message.Contains("used twice", StringComparison.Ordinal));
        Assert.Contains(exception.Diagnostics, d => d.CriterionId == "I3" && d.Message.Contains("no expression", StringComparison.Ordinal));
        Assert.Contains(exception.Diagnostics, d => d.CriterionId == "industry" && d.Message.Contains("\"sometimes\"", StringComparison.Ordinal));
        Assert.Contains(exception.Diagnostics, d => d.CriterionId == "ecology" && d.Message.Contains("\"nope\"", StringComparison.Ordinal));
        Assert.StartsWith(Localizer.Format(Language.Current, nameof(Messages.Load_FailedMany), 4), exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Load_LocalParamNamedTwice_IsReportedAtTheSecondInTheOptionsLanguage(string language)
    {
        var json = Document("""
            { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [
              { "id": "I1", "expression": "x > 0", "localParams": [ { "name": "x", "expression": "income" }, { "name": "x", "expression": "income * 2" } ] } ] }
        """);
        var lang = Language.Parse(language);
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { Language = lang });

        var exception = Assert.Throws<CriteriaException>(() => factory.FromJson(json, "twice.json"));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("I1", diagnostic.CriterionId);
        Assert.Equal(Localizer.Format(lang, nameof(Messages.Build_ScopedNameTwice), "localParams", "x"), diagnostic.Message);
        Assert.EndsWith("localParams[1].name", diagnostic.JsonPath, StringComparison.Ordinal);
    }
}
