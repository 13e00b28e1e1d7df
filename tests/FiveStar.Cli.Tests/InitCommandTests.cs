namespace FiveStar.Cli.Tests;

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
}
