namespace FiveStar.Cli.Tests.Commands;

public class ScoreMissingColumnTests
{
    [Theory]
    [InlineData("en", "the file has no column for indicator collective_income_yuan, which criteria I1 read")]
    [InlineData("zh", "文件中没有指标 collective_income_yuan 这一列，而条目 I1 要用到它")]
    public void Score_CriterionReadsAColumnTheFileLacks_IsOneFileProblemAndExitsOne(string language, string expected)
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var drop = Array.IndexOf(lines[0].Split(','), "collective_income_yuan");
        var villages = folder.File("villages.csv", string.Join('\n', lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != drop)))));

        var (exitCode, _, error) = Cli.Run("score", "--lang", language, "--criteria", Cli.Hanzhuang("hanzhuang-2022.json"), "--villages", villages);

        Assert.Equal(1, exitCode);
        Assert.Single(error.Split('\n'), l => l.Contains("collective_income_yuan", StringComparison.Ordinal));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
