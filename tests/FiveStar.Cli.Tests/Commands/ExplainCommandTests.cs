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
}
