namespace FiveStar.Cli.Tests.Commands;

public class ExplainCommandTests
{
    [Fact]
    public void Explain_Village_ListsEveryCriterionAndTheReason()
    {
        var (exitCode, output, _) = Cli.Run("explain", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--village", "牛屯村", "--lang", "en");

        Assert.Equal(0, exitCode);
        foreach (var id in new[] { "B1", "I6", "E6", "S5", "C6" })
        {
            Assert.Contains($" {id} ", output, StringComparison.Ordinal);
        }

        Assert.Contains("veto three_zero_breach", output, StringComparison.Ordinal);
        Assert.Contains("requires first", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownVillage_ExitsWithTwo()
    {
        var (exitCode, _, error) = Cli.Run("explain", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--village", "no such village", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("no village has the id or name", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Months with 'three meetings and one lesson' held: 11, 12 required; theme party days: 12, at least 12 required")]
    [InlineData("zh", "“三会一课”落实 11 个月，要求 12 个月；主题党日 12 次，要求至少 12 次")]
    public void Explain_CriterionNotMet_GivesTheStandardsMessageInTheChosenLanguage(string language, string expected)
    {
        var (exitCode, output, _) = Cli.Run("explain", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--village", "hz01", "--lang", language);

        Assert.Equal(0, exitCode);
        // The message follows the criterion's line.
        var lines = output.Split('\n');
        var b4 = Array.FindIndex(lines, line => line.Contains(" B4 ", StringComparison.Ordinal));
        Assert.Contains(expected, lines[b4 + 1], StringComparison.Ordinal);
    }
}
