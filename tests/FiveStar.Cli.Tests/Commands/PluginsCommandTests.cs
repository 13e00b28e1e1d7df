namespace FiveStar.Cli.Tests.Commands;

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

    [Fact]
    public void Plugins_WithFolder_ListsTheSixthCategoryAndIndicators()
    {
        var (exitCode, output, _) = Cli.Run("plugins", "--plugins", Path.Combine(Cli.Root, "samples/OtherTown/plugins"));

        Assert.Equal(0, exitCode);
        Assert.Contains("industry_prosperity  产业兴旺星", output, StringComparison.Ordinal);
        Assert.Contains("collective_income_yuan  村集体经济年收入", output, StringComparison.Ordinal);
        Assert.Contains("co_building_sharing  共建共享星", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "broken.dll: not a .NET assembly")]
    [InlineData("zh", "broken.dll：不是 .NET 程序集")]
    public void Plugins_FolderThatIsNotAPlugin_NamesTheFile(string language, string expected)
    {
        using var folder = new TempFolder();
        folder.File("broken.dll", "not an assembly");

        var (exitCode, _, error) = Cli.Run("plugins", "--plugins", folder.Path, "--lang", language);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
