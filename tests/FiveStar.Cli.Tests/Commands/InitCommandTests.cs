namespace FiveStar.Cli.Tests.Commands;

public class InitCommandTests
{
    [Fact]
    public void Init_ExtendsHenan_WritesAStarterThatValidatesStrictly()
    {
        using var folder = new TempFolder();
        var town = Path.Combine(folder.Path, "town.json");

        var (initExit, initOutput, _) = Cli.Run("init", "--lang", "en", "--extends", "henan-rural-2022", "--out", town);
        var (validateExit, validateOutput, validateError) = Cli.Run("validate", "--lang", "en", "--strict", town);

        Assert.Equal(0, initExit);
        Assert.Contains("26 parameters and 29 criteria of the standard listed as comments", initOutput, StringComparison.Ordinal);
        var text = File.ReadAllText(town);
        Assert.Contains("\"extends\": \"henan-rural-2022\"", text, StringComparison.Ordinal);
        Assert.Contains("    // { \"id\": \"min_collective_income_yuan\", \"value\": 200000 },  // Minimum collective income (yuan per year); sourced", text, StringComparison.Ordinal);
        Assert.True(validateExit == 0, validateError);
        Assert.Contains("valid (5 categories, 29 criteria)", validateOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_UncommentedThresholdAndCriterion_AreInForce()
    {
        using var folder = new TempFolder();
        var town = Path.Combine(folder.Path, "town.json");
        Cli.Run("init", "--lang", "zh", "--out", town);
        var text = File.ReadAllText(town)
            .Replace("// { \"id\": \"min_collective_income_yuan\", \"value\": 200000 },", "{ \"id\": \"min_collective_income_yuan\", \"value\": 100000 },", StringComparison.Ordinal)
            .Replace("// { \"id\": \"ecological_livable\", \"rules\": [", "{ \"id\": \"ecological_livable\", \"award\": { \"rule\": \"at_least\", \"count\": 5 }, \"rules\": [", StringComparison.Ordinal);
        File.WriteAllText(town, text);
        var tests = folder.File("town.tests.json", $$"""
        { "criteria": "town.json", "villages": {{System.Text.Json.JsonSerializer.Serialize(Cli.Hanzhuang("villages.csv"))}},
          "cases": [ { "name": "hz09", "base": "hz09", "expect": { "awarded": ["industry_prosperity"] } },
                     { "name": "hz08", "base": "hz08", "expect": { "awarded": ["ecological_livable"] } } ] }
        """);

        var (exitCode, output, error) = Cli.Run("test", "--lang", "en", tests);

        Assert.True(exitCode == 0, output + error);
    }

    [Fact]
    public void Init_ExistingFile_IsNotOverwritten()
    {
        using var folder = new TempFolder();
        var town = folder.File("town.json", "{}");

        var (exitCode, _, error) = Cli.Run("init", "--lang", "en", "--out", town);

        Assert.Equal(2, exitCode);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal("{}", File.ReadAllText(town));
    }
    [Theory]
    [InlineData("zh", "示例村：按当前标准为", "共 1 个用例：1 个通过")]
    [InlineData("en", "example village:", "1 of 1 cases passed")]
    public void Init_WritesATestSkeletonBesideTheCriteriaThatRunsAndPasses(string language, string caseName, string summary)
    {
        using var folder = new TempFolder();
        var town = Path.Combine(folder.Path, "town.json");

        var (initExit, initOutput, initError) = Cli.Run("init", "--lang", language, "--out", town);
        var tests = Path.Combine(folder.Path, "town.tests.json");
        var (testExit, testOutput, testError) = Cli.Run("test", "--lang", language, tests);

        Assert.True(initExit == 0, initError);
        Assert.Contains("town.tests.json", initOutput, StringComparison.Ordinal);
        var text = File.ReadAllText(tests);
        Assert.Contains("\"criteria\": \"town.json\"", text, StringComparison.Ordinal);
        Assert.Contains("\"collective_income_yuan\": 200000", text, StringComparison.Ordinal);
        Assert.Contains(caseName, text, StringComparison.Ordinal);
        Assert.True(testExit == 0, testOutput + testError);
        Assert.Contains(summary, testOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_ExistingTestFile_IsLeftAsItIs()
    {
        using var folder = new TempFolder();
        var tests = folder.File("town.tests.json", "{}");

        var (exitCode, output, _) = Cli.Run("init", "--lang", "en", "--out", Path.Combine(folder.Path, "town.json"));

        Assert.Equal(0, exitCode);
        Assert.Contains("already exists and is left as it is", output, StringComparison.Ordinal);
        Assert.Equal("{}", File.ReadAllText(tests));
    }
}
