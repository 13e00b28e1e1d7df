namespace FiveStar.Cli.Tests.Commands;

public class TestCommandTests
{
    [Fact]
    public void Test_HanzhuangTests_PassAndExitZero()
    {
        var (exitCode, output, error) = Cli.Run("test", "--lang", "en", Cli.Hanzhuang("hanzhuang-2022.tests.json"));

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("ok    hz02 部落村", output, StringComparison.Ordinal);
        Assert.Contains("35 of 35 cases passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_WrongExpectation_PrintsExpectedAndActualAndExitsOne()
    {
        using var folder = new TempFolder();
        File.Copy(Cli.Hanzhuang("hanzhuang-2022.json"), Path.Combine(folder.Path, "hanzhuang-2022.json"));
        File.Copy(Cli.Hanzhuang("villages.csv"), Path.Combine(folder.Path, "villages.csv"));
        var text = File.ReadAllText(Cli.Hanzhuang("hanzhuang-2022.tests.json"));
        var at = text.IndexOf("\"stars\": 5", StringComparison.Ordinal);
        var tests = folder.File("hanzhuang-2022.tests.json", text[..at] + "\"stars\": 4" + text[(at + "\"stars\": 5".Length)..]);

        var (exitCode, output, _) = Cli.Run("test", "--lang", "zh", tests);

        Assert.Equal(1, exitCode);
        Assert.Contains("未通过  hz02 部落村", output, StringComparison.Ordinal);
        Assert.Contains("    星数：应为 4，实际为 5", output, StringComparison.Ordinal);
        Assert.Contains("共 35 个用例：34 个通过，1 个未通过", output, StringComparison.Ordinal);
    }
}
