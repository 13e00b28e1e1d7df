namespace FiveStar.Cli.Tests.Commands;

public class GapCommandTests
{
    [Fact]
    public void Gap_Village_SaysWhatItLacksAndByHowMuch()
    {
        var (exitCode, output, _) = Cli.Run("gap", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--village", "七里铺村", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("next star: Safety and Rule of Law", output.Replace("Safety & Rule of Law", "Safety and Rule of Law", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Village collective income 36,000 of 100,000 yuan", output, StringComparison.Ordinal);
        Assert.Contains("64,000 short", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_VillageLackingPrerequisites_NeverAdvisesTheStrongBranchStar()
    {
        // 南张贾村 holds only 平安法治星 and 文明幸福星; 支部过硬星 requires the other four.
        var (exitCode, output, _) = Cli.Run("gap", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--village", "hz11");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("下一颗星: 支部过硬星", output, StringComparison.Ordinal);
        Assert.Contains("下一颗星: 生态宜居星", output, StringComparison.Ordinal);
        Assert.Contains("尚不能争取: 支部过硬星 — 至少补齐 1 项 (须先获得：产业兴旺星、生态宜居星)", output, StringComparison.Ordinal);
    }
}
