namespace FiveStar.Cli.Tests.Commands;

public class BenchCommandTests
{
    private static readonly string RulesEngineCriteria = Path.Combine(Cli.Root, "tests/FiveStar.Tests/TestData/rulesengine/five-stars.json");
    private static readonly string RulesEngineVillages = Path.Combine(Cli.Root, "tests/FiveStar.Tests/TestData/rulesengine/villages.csv");

    [Fact]
    public void Bench_HanzhuangGenerated_PrintsEveryMeasureAsAMarkdownTable()
    {
        var (exitCode, output, error) = Cli.Run("bench", "--criteria", Cli.Hanzhuang("hanzhuang-2022.json"), "--count", "2000", "--against-rulesengine", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("| Measure | Result |\n|---|---|\n", output, StringComparison.Ordinal);
        Assert.Contains("| `hanzhuang-2022`: 29 criteria, 60 indicators |", output, StringComparison.Ordinal);
        Assert.Contains("| Villages | 2,000 generated (seed 1) |", output, StringComparison.Ordinal);
        Assert.Matches(@"\| Rating, one thread \(Rate\) \| [\d,.]+ ns/village", output);
        Assert.Matches(@"\| Rating, all \d+ cores \(RateParallel\) \| [\d,.]+ ns/village", output);
        Assert.Matches(@"\| End to end: fivestar score, CSV in and out \| [\d,.]+ s", output);
        Assert.DoesNotContain("RulesEngine 6.0.1", output, StringComparison.Ordinal);
        Assert.Contains("not a RulesEngine workflow file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_RulesEngineFileVillagesAgainstRulesEngine_AddsRulesEngineRow()
    {
        var (exitCode, output, _) = Cli.Run("bench", "--criteria", RulesEngineCriteria, "--villages", RulesEngineVillages, "--against-rulesengine", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("| `five-stars`: 14 criteria", output, StringComparison.Ordinal);
        Assert.Contains("from villages.csv |", output, StringComparison.Ordinal);
        Assert.Matches(@"\| RulesEngine 6\.0\.1, one thread \| [\d,.]+ µs/village on \d+ complete villages", output);
    }

    [Fact]
    public void Bench_RulesEngineFileGeneratedLikeSample_RatesGeneratedVillages()
    {
        var (exitCode, output, _) = Cli.Run("bench", "--criteria", RulesEngineCriteria, "--like", RulesEngineVillages, "--count", "1000", "--lang", "zh");

        Assert.Equal(0, exitCode);
        Assert.Contains("| 村 | 1,000 个，生成（种子 1） |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_RulesEngineFileWithoutColumns_SaysWhereColumnsComeFrom()
    {
        var (exitCode, _, error) = Cli.Run("bench", "--criteria", RulesEngineCriteria, "--count", "100", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("--like", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_CountAndVillages_IsAUsageError()
    {
        var (exitCode, _, error) = Cli.Run("bench", "--criteria", RulesEngineCriteria, "--count", "100", "--villages", RulesEngineVillages, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }
}
