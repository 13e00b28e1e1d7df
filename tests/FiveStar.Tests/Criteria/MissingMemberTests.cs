using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Criteria;

/// <summary>Members a writer leaves out: defaults where the format has one, "X is missing" where it has none.</summary>
public sealed class MissingMemberTests
{
    [Fact]
    public void Load_IndicatorWithoutType_IsANumber()
    {
        var rater = TestFactory.Rater("""
        { "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测试", "en": "Test" },
          "indicators": [ { "id": "tea_area_mu", "name": { "zh": "茶园面积", "en": "Tea area" } } ],
          "categories": [ { "id": "tea", "name": { "zh": "茶", "en": "Tea" }, "rules": [ { "id": "T1", "expression": "tea_area_mu >= 50.5" } ] } ] }
        """);

        Assert.Equal(IndicatorType.Number, Assert.Single(rater.Document.Indicators).Type);
    }

    [Theory]
    [InlineData("en", "veto \"v1\": scope is missing; give \"scope\": \"category\"")]
    [InlineData("zh", "一票否决项“v1”缺少“scope”（否决范围）")]
    public void Load_VetoWithoutScope_SaysScopeIsMissing(string language, string expected)
    {
        var json = Documents.OneCriterion("income > 0").Replace("\"categories\"", "\"vetoes\": [ { \"id\": \"v1\", \"expression\": \"petitions > 3\" } ],\n  \"categories\"", StringComparison.Ordinal);
        var factory = new StarRaterFactory(new FiveStar.Criteria.CategoryCatalog([]), new CriteriaLoaderOptions { Language = Language.Parse(language) });

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => factory.Loader.LoadJson(json, "test.json")).Diagnostics);

        Assert.Equal("v1", diagnostic.CriterionId);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_VetoOnAMisspeltCategory_SuggestsTheCategory()
    {
        var json = Documents.OneCriterion("income > 0").Replace("\"categories\"", "\"vetoes\": [ { \"id\": \"v1\", \"expression\": \"petitions > 3\", \"scope\": \"category\", \"category\": \"industri\" } ],\n  \"categories\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Contains("acts on category \"industri\", which is not an enabled category (did you mean \"industry\"?)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverrideErrorsAndOtherErrors_AreReportedTogether()
    {
        const string town = """
        {
          "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [ { "id": "min_collective_incom_yuan", "value": 150000 } ],
          "categories": [ { "id": "industry_prosperity", "rules": [ { "id": "I9", "enabled": false }, { "id": "I2", "points": -1 } ] } ],
          "vetoes": [ { "id": "new_veto", "expression": "criminal_case_count > 3" } ]
        }
        """;
        var factory = StarRaterFactory.Create(b => Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.Configure<CriteriaLoaderOptions>(b.AddStandardCategories().Services, o => o.Language = Language.English));

        var diagnostics = Assert.Throws<CriteriaException>(() => factory.Loader.LoadJson(town, "town.json")).Diagnostics;

        Assert.Equal(["min_collective_incom_yuan", "I9", "I2", "new_veto"], diagnostics.Select(d => d.CriterionId));
        Assert.All(diagnostics, d => Assert.Equal("town.json", d.File));
    }
}
