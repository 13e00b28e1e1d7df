namespace FiveStar.Cli.Tests;

public class PluginsCommandTests
{
    [Fact]
    public void Plugins_ListsParametersWithDefaultsAndDefaultCriteria()
    {
        var (exitCode, output, _) = Cli.Run("plugins", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("  min_collective_income_yuan = 200,000 yuan per year  Minimum collective income", output, StringComparison.Ordinal);
        Assert.Contains(" default criteria (override, disable or add by id):", output, StringComparison.Ordinal);
        Assert.Contains("  I1  ", output, StringComparison.Ordinal);
        Assert.Contains("collective_income_yuan >= min_collective_income_yuan", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plugins_InChinese_HeadsTheListsInChinese()
    {
        var (_, output, _) = Cli.Run("plugins", "--lang", "zh");

        Assert.Contains(" 参数（阈值；在 parameters 中按编号覆盖）：", output, StringComparison.Ordinal);
        Assert.Contains(" 默认条目（可按编号覆盖、停用或新增）：", output, StringComparison.Ordinal);
    }
}
