using FiveStar.Criteria;
using FiveStar.Rating;
using FiveStar.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar.Tests.Criteria;

/// <summary>A town's overrides over henan-rural-2022 cannot silently miss: ids that match nothing are errors with a suggestion.</summary>
public sealed class OverrideCheckTests
{
    [Fact]
    public void Load_MisspeltParameterOverride_IsOneErrorAtTheTownLineWithTheNearestId()
    {
        const string town = """
        {
          "schemaVersion": "1.0",
          "id": "town",
          "extends": "henan-rural-2022",
          "parameters": [ { "id": "min_collective_incom_yuan", "value": 150000 } ]
        }
        """;

        var diagnostic = Assert.Single(LoadError(town).Diagnostics);

        Assert.Equal("town.json", diagnostic.File);
        Assert.Equal(5, diagnostic.Line);
        Assert.Equal("min_collective_incom_yuan", diagnostic.CriterionId);
        Assert.Contains("parameter \"min_collective_incom_yuan\" is not a parameter of henan-rural-2022", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean \"min_collective_income_yuan\"?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("give it \"value\" and \"name\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltParameterOverrideInChinese_SaysSoInChinese()
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [ { "id": "min_collective_incom_yuan", "value": 150000 } ] }
        """;

        var diagnostic = Assert.Single(LoadError(town, o => o.Language = Language.Chinese).Diagnostics);

        Assert.Contains("参数“min_collective_incom_yuan”在所扩展的标准 henan-rural-2022（及其插件）中不存在", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("是否想写 “min_collective_income_yuan”？", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DisablingACriterionTheCategoryDoesNotHave_IsAnErrorListingItsCriteria()
    {
        const string town = """
        {
          "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [
            { "id": "industry_prosperity", "rules": [
              { "id": "I9", "enabled": false } ] }
          ]
        }
        """;

        var diagnostic = Assert.Single(LoadError(town).Diagnostics);

        Assert.Equal("I9", diagnostic.CriterionId);
        Assert.Equal(5, diagnostic.Line);
        Assert.Contains("criterion \"I9\" is not a criterion of category \"industry_prosperity\" in henan-rural-2022", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("the criteria of \"industry_prosperity\" are: I1, I2, I3, I4, I5, I6", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DisablingAnExistingCriterion_Loads()
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [ { "id": "industry_prosperity", "rules": [ { "id": "I5", "enabled": false } ] } ] }
        """;

        var document = Factory().Loader.LoadJson(town, "town.json");

        var industry = Assert.Single(document.Categories, c => c.Id == "industry_prosperity");
        Assert.False(Assert.Single(industry.Criteria, c => c.Id == "I5").Enabled);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void Load_MisspeltCategoryOverride_IsOneErrorWithASuggestionNotACascade()
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [ { "id": "ecological_livabel", "award": { "rule": "at_least", "count": 5 } } ] }
        """;

        var diagnostic = Assert.Single(LoadError(town).Diagnostics);

        Assert.Equal("ecological_livabel", diagnostic.CriterionId);
        Assert.Contains("did you mean \"ecological_livable\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltVetoOverride_IsAnErrorWithTheNearestVeto()
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "vetoes": [ { "id": "three_zero_breech", "enabled": false } ] }
        """;

        var diagnostic = Assert.Single(LoadError(town).Diagnostics);

        Assert.Contains("veto \"three_zero_breech\" is not a veto of henan-rural-2022", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean \"three_zero_breach\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltIndicatorOverride_IsAnErrorWithTheNearestIndicator()
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "indicators": [ { "id": "collective_incme_yuan", "max": 100000000 } ] }
        """;

        var diagnostic = Assert.Single(LoadError(town).Diagnostics);

        Assert.Contains("did you mean \"collective_income_yuan\"?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CompleteNewParameterThatNothingReads_LoadsWithAWarning()
    {
        const string town = """
        {
          "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [
            { "id": "min_tea_area_mu", "value": 50, "name": { "zh": "茶园面积下限", "en": "Minimum tea area" } }
          ]
        }
        """;

        var document = Factory().Loader.LoadJson(town, "town.json");

        var warning = Assert.Single(document.Warnings);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal(4, warning.Line);
        Assert.Contains("parameter \"min_tea_area_mu\" is set here, but no criterion, veto or derived indicator reads it", warning.Message, StringComparison.Ordinal);
        Assert.Contains(": min_tea_area_mu: warning: parameter", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ParameterOnlyADisabledCriterionReads_WarnsAndNamesTheCriterion()
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [ { "id": "min_collective_income_yuan", "value": 150000 } ],
          "categories": [ { "id": "industry_prosperity", "rules": [ { "id": "I1", "enabled": false } ] } ] }
        """;

        var document = Factory().Loader.LoadJson(town, "town.json");

        Assert.Contains("only disabled criteria read it: I1", Assert.Single(document.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnreadParameterWithWarningsAsErrors_IsAnError()
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [ { "id": "min_tea_area_mu", "value": 50, "name": { "zh": "茶园面积下限", "en": "Minimum tea area" } } ] }
        """;

        var diagnostic = Assert.Single(LoadError(town, o => o.WarningsAsErrors = true).Diagnostics);

        Assert.Equal(ProblemSeverity.Error, diagnostic.Severity);
        Assert.Contains("no criterion, veto or derived indicator reads it", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProblemInAnOverriddenCriterion_IsReportedAtTheTownLineWithTheStandardAsANote()
    {
        const string town = """
        {
          "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [
            { "id": "industry_prosperity", "rules": [
              { "id": "I2", "points": -1 } ] }
          ]
        }
        """;

        var diagnostic = Assert.Single(LoadError(town).Diagnostics);

        Assert.Equal("town.json", diagnostic.File);
        Assert.Equal(5, diagnostic.Line);
        Assert.Contains("points must be a number of 0 or more", diagnostic.Message, StringComparison.Ordinal);
        var note = Assert.Single(diagnostic.Notes);
        Assert.StartsWith("the standard defines it at FiveStar.Plugins.IndustryProsperity", note, StringComparison.Ordinal);
        Assert.Contains(Environment.NewLine + "    note: the standard defines it at ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ThresholdOverrideOutsideItsRange_IsReportedAtTheTownLine()
    {
        const string town = """
        {
          "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [
            { "id": "min_collective_income_yuan", "value": -5 }
          ]
        }
        """;

        var diagnostic = Assert.Single(LoadError(town).Diagnostics);

        Assert.Equal("town.json", diagnostic.File);
        Assert.Equal(4, diagnostic.Line);
        Assert.Single(diagnostic.Notes);
    }

    [Fact]
    public void Load_CategoryNoPluginProvides_IsOneErrorWithAPluginsHint()
    {
        const string document = """
        { "schemaVersion": "1.0", "id": "town", "name": { "zh": "镇", "en": "Town" },
          "categories": [ { "id": "sixth_star" }, { "id": "industry_prosperity" } ] }
        """;

        var diagnostic = Assert.Single(LoadError(document).Diagnostics);

        Assert.Equal("sixth_star", diagnostic.CriterionId);
        Assert.Contains("--plugins <folder>", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnregisteredPlugin_IsOneErrorWithTheNearestPlugin()
    {
        const string document = """
        { "schemaVersion": "1.0", "id": "town", "name": { "zh": "镇", "en": "Town" },
          "categories": [ { "id": "industry", "plugin": "industry_prosperty" } ] }
        """;

        var diagnostic = Assert.Single(LoadError(document).Diagnostics);

        Assert.Contains("did you mean \"industry_prosperity\"?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("--plugins", diagnostic.Message, StringComparison.Ordinal);
    }

    private static StarRaterFactory Factory(Action<CriteriaLoaderOptions>? configure = null) =>
        StarRaterFactory.Create(b => b.AddStandardCategories().Services.Configure<CriteriaLoaderOptions>(o =>
        {
            o.Language = Language.English;
            configure?.Invoke(o);
        }));

    [Fact]
    public void Load_SwitchingAStarToPoints_IsOneErrorAtTheTownLineNotOnePerCriterion()
    {
        const string town = """
        {
          "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [
            { "id": "branch_strong", "award": { "rule": "points", "threshold": 5 } }
          ]
        }
        """;

        var diagnostic = Assert.Single(LoadError(town).Diagnostics);

        Assert.Equal("town.json", diagnostic.File);
        Assert.Equal(4, diagnostic.Line);
        Assert.Equal("branch_strong", diagnostic.CriterionId);
        Assert.Contains("category \"branch_strong\" awards by points, but 6 of its enabled criteria give no points (B1, B2, B3, B4, B5, B6)", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("the standard defines it at FiveStar.Plugins.BranchStrong:manifest.json:", Assert.Single(diagnostic.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SwitchingAStarToPointsInChinese_SaysSoInChinese()
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [ { "id": "branch_strong", "award": { "rule": "points", "threshold": 5 } } ] }
        """;

        var diagnostic = Assert.Single(LoadError(town, o => o.Language = Language.Chinese).Diagnostics);

        Assert.Contains("星“branch_strong”按积分评定，但其中 6 条启用的标准没有分值（B1, B2, B3, B4, B5, B6）", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("所扩展的标准在 FiveStar.Plugins.BranchStrong:manifest.json:", Assert.Single(diagnostic.Notes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "capLevel 6 is outside the levels of this scheme (0 to 5)", "the standard defines it at builtin:henan-rural-2022:")]
    [InlineData("zh", "capLevel 6 超出了本方案的等级范围（0 到 5）", "所扩展的标准在 builtin:henan-rural-2022:")]
    public void Load_CapLevelOverrideOutOfRange_IsReportedAtTheTownLineWithTheStandardAsANote(string language, string expected, string note)
    {
        const string town = """
        {
          "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "vetoes": [ { "id": "cadre_discipline_veto", "capLevel": 6 } ]
        }
        """;

        var diagnostic = Assert.Single(LoadError(town, o => o.Language = Language.Parse(language)).Diagnostics);

        Assert.Equal("town.json", diagnostic.File);
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal(expected, diagnostic.Message);
        Assert.StartsWith(note, Assert.Single(diagnostic.Notes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "award rule at_least needs a count from 1 to 6 (the enabled criteria of \"ecological_livable\"); found 9")]
    [InlineData("zh", "达标规则 at_least 的 count 应在 1 到 6 之间（星“ecological_livable”启用的标准条数），现为 9")]
    public void Load_AtLeastCountOverrideOutOfRange_IsOneErrorInTheLanguage(string language, string expected)
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [ { "id": "ecological_livable", "award": { "rule": "at_least", "count": 9 } } ] }
        """;

        var diagnostic = Assert.Single(LoadError(town, o => o.Language = Language.Parse(language)).Diagnostics);

        Assert.Equal(expected, diagnostic.Message);
        Assert.Equal(2, diagnostic.Line);
    }

    [Theory]
    [InlineData("en", "category \"industry_prosperty\" is not a category of henan-rural-2022", "did you mean \"industry_prosperity\"?")]
    [InlineData("zh", "industry_prosperty", "“industry_prosperity”")]
    public void Load_MisspeltCategoryWithOverridesOnly_IsOneErrorWithTheNearestBaseCategory(string language, string expected, string suggestion)
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [ { "id": "industry_prosperty", "rules": [ { "id": "I9", "enabled": false } ] } ] }
        """;

        var diagnostic = Assert.Single(LoadError(town, o => o.Language = Language.Parse(language)).Diagnostics);

        Assert.Equal(2, diagnostic.Line);
        Assert.Equal("industry_prosperty", diagnostic.CriterionId);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(suggestion, diagnostic.Message, StringComparison.Ordinal);
    }

    private static CriteriaException LoadError(string json, Action<CriteriaLoaderOptions>? configure = null) =>
        Assert.Throws<CriteriaException>(() => Factory(configure).Loader.LoadJson(json, "town.json"));
}
