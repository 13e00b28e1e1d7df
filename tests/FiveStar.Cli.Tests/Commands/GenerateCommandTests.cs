namespace FiveStar.Cli.Tests.Commands;

public class GenerateCommandTests
{
    private static readonly string RulesEngineCriteria = Path.Combine(Cli.Root, "tests/FiveStar.Tests/TestData/rulesengine/five-stars.json");
    private static readonly string RulesEngineVillages = Path.Combine(Cli.Root, "tests/FiveStar.Tests/TestData/rulesengine/villages.csv");

    [Theory]
    [InlineData("villages.csv")]
    [InlineData("villages.jsonl")]
    public void Generate_HanzhuangCriteria_WritesAFileScoreReadsWithoutErrors(string name)
    {
        using var folder = new TempFolder();
        var path = folder.File(name);

        var generated = Cli.Run("generate", "--criteria", Cli.Hanzhuang("hanzhuang-2022.json"), "--count", "300", "--seed", "4", "--out", path, "--lang", "en");
        var scored = Cli.Run("score", "--criteria", Cli.Hanzhuang("hanzhuang-2022.json"), "--villages", path, "--format", "csv");

        Assert.Equal(0, generated.ExitCode);
        Assert.Contains("wrote 300 villages", generated.Error, StringComparison.Ordinal);
        Assert.Contains("29 of 29 criteria", generated.Error, StringComparison.Ordinal);
        Assert.Equal(0, scored.ExitCode);
        Assert.Equal(300, scored.Output.Split('\n').Count(l => l.StartsWith('V')));
    }

    [Fact]
    public void Generate_SameSeedTwice_SameFile()
    {
        using var folder = new TempFolder();
        var first = folder.File("a.csv");
        var second = folder.File("b.csv");

        Cli.Run("generate", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-n", "200", "-s", "9", "-o", first);
        Cli.Run("generate", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-n", "200", "-s", "9", "-o", second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Generate_RulesEngineFileWithLike_HasTheSampleColumnsAndScores()
    {
        using var folder = new TempFolder();
        var path = folder.File("villages.csv");

        var generated = Cli.Run("generate", "--criteria", RulesEngineCriteria, "--like", RulesEngineVillages, "--count", "300", "--out", path, "--lang", "en");
        var scored = Cli.Run("score", "--criteria", RulesEngineCriteria, "--villages", path, "--format", "csv");

        Assert.Equal(0, generated.ExitCode);
        Assert.Contains("14 of 14 criteria", generated.Error, StringComparison.Ordinal);
        Assert.Equal(File.ReadLines(RulesEngineVillages).First().Split(',').Order(), File.ReadLines(path).First().Split(',').Order());
        Assert.Equal(0, scored.ExitCode);
    }

    [Fact]
    public void Generate_RulesEngineFileWithoutLike_SaysToGiveLike()
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = Cli.Run("generate", "--criteria", RulesEngineCriteria, "--out", folder.File("v.csv"), "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("--like", error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("v.csv")));
    }

    [Fact]
    public void Generate_OutWithUnknownExtension_SaysCsvOrJsonl()
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = Cli.Run("generate", "--criteria", Cli.Hanzhuang("hanzhuang-2022.json"), "--out", folder.File("v.txt"), "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains(".jsonl", error, StringComparison.Ordinal);
    }
}
