namespace FiveStar.Cli.Tests.Commands;

public class ShowCommandTests
{
    [Fact]
    public void Show_TownFileInChinese_GivesEachThresholdWithTheFileAndLineThatSetIt()
    {
        var criteria = Cli.Hanzhuang("hanzhuang-2022.json");

        var (exitCode, output, error) = Cli.Run("show", "--lang", "zh", criteria);

        Assert.True(exitCode == 0, error);
        Assert.Contains("扩展自：builtin:henan-rural-2022", output, StringComparison.Ordinal);
        Assert.Contains("  min_collective_income_yuan = 100000 元/年  村集体经济收入下限", output, StringComparison.Ordinal);
        Assert.Contains($"取值设于本文件 {criteria}:16:7；原定义于插件默认值 FiveStar.Plugins.IndustryProsperity:manifest.json:", output, StringComparison.Ordinal);
        Assert.Contains($"达标规则：6 条标准中至少 5 条达标（已在本文件 {criteria}:23:47 处修改）", output, StringComparison.Ordinal);
        Assert.Contains("前提：须先获得 industry_prosperity, ecological_livable, safety_rule_of_law, civility_happiness（已在标准 builtin:henan-rural-2022:", output, StringComparison.Ordinal);
        Assert.Contains("collective_income_yuan >= min_collective_income_yuan", output, StringComparison.Ordinal);
        Assert.Contains("一票否决（2 项）：", output, StringComparison.Ordinal);
        Assert.Contains("作用：取消整个评定", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_TownFileInEnglish_SaysTheSameInEnglish()
    {
        var criteria = Cli.Hanzhuang("hanzhuang-2022.json");

        var (exitCode, output, error) = Cli.Run("show", "--lang", "en", criteria);

        Assert.True(exitCode == 0, error);
        Assert.Contains("  min_collective_income_yuan = 100000 yuan per year  Minimum collective income", output, StringComparison.Ordinal);
        Assert.Contains($"set in this file {criteria}:16:7; defined in the plug-in's defaults FiveStar.Plugins.IndustryProsperity:manifest.json:", output, StringComparison.Ordinal);
        Assert.Contains($"award: at least 5 of 6 criteria  (changed in this file {criteria}:23:47)", output, StringComparison.Ordinal);
        Assert.Contains("Stars (5):", output, StringComparison.Ordinal);
        Assert.Contains("effect: the star \"safety_rule_of_law\" is revoked", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_DisabledCriterion_SaysWhereTheTownDisabledIt()
    {
        using var folder = new TempFolder();
        var town = folder.File("town.json", """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [ { "id": "industry_prosperity", "rules": [ { "id": "I5", "enabled": false } ] } ] }
        """);

        var (exitCode, output, error) = Cli.Run("show", "--lang", "zh", town);

        Assert.True(exitCode == 0, error);
        Assert.Contains("I5  土地流转", output, StringComparison.Ordinal);
        Assert.Contains("[已停用]", output, StringComparison.Ordinal);
        Assert.Contains($"在本文件 {town}:2:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_FormatJson_WritesADocumentThatValidatesAndScoresTheSame()
    {
        using var folder = new TempFolder();
        var effective = Path.Combine(folder.Path, "effective.json");
        var villages = Cli.Hanzhuang("villages.csv");

        var (showExit, _, showError) = Cli.Run("show", "--format", "json", "--out", effective, Cli.Hanzhuang("hanzhuang-2022.json"));
        var (validateExit, validateOutput, validateError) = Cli.Run("validate", "--lang", "en", "--strict", effective);
        var (_, fromTown, _) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "-f", "csv");
        var (_, fromEffective, _) = Cli.Run("score", "-c", effective, "-v", villages, "-f", "csv");

        Assert.True(showExit == 0, showError);
        Assert.DoesNotContain("\"extends\"", File.ReadAllText(effective), StringComparison.Ordinal);
        Assert.True(validateExit == 0, validateError);
        Assert.Contains("valid (5 categories, 29 criteria)", validateOutput, StringComparison.Ordinal);
        Assert.Equal(fromTown, fromEffective);
    }

    [Theory]
    [InlineData("zh", "评星标准文件 nowhere.json 不存在")]
    [InlineData("en", "the criteria file nowhere.json does not exist")]
    public void Show_MissingFile_SaysSoInTheLanguage(string language, string expected)
    {
        var (exitCode, _, error) = Cli.Run("show", "--lang", language, "nowhere.json");

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_InvalidTownFile_ListsTheProblemsInChinese()
    {
        using var folder = new TempFolder();
        var town = folder.File("town.json", """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [ { "id": "min_collective_incom_yuan", "value": 150000 } ] }
        """);

        var (exitCode, _, error) = Cli.Run("show", "--lang", "zh", town);

        Assert.Equal(2, exitCode);
        Assert.Contains("评星标准有误：", error, StringComparison.Ordinal);
        Assert.Contains("是否想写 “min_collective_income_yuan”？", error, StringComparison.Ordinal);
    }
}
