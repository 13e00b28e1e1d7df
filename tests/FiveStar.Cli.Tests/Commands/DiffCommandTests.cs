namespace FiveStar.Cli.Tests.Commands;

public class DiffCommandTests
{
    [Fact]
    public void Diff_TwoPeriods_ShowsStarsGainedAndLost()
    {
        using var folder = new TempFolder();
        var before = folder.File("2022.json");
        var after = folder.File("2023.json");
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var header = lines[0].Split(',');
        var toilets = Array.IndexOf(header, "sanitary_toilet_coverage_pct");
        var fields = lines[1].Split(',');
        fields[toilets] = "95";
        lines[1] = string.Join(',', fields);
        var improved = folder.File("villages-2023.csv", string.Join('\n', lines));
        Assert.Equal(0, Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "-f", "json", "-o", before).ExitCode);
        Assert.Equal(0, Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", improved, "-f", "json", "-o", after).ExitCode);

        var (exitCode, output, _) = Cli.Run("diff", before, after, "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("韩庄村 (hz01): 3 → 4  +ecological_livable", output, StringComparison.Ordinal);
        Assert.Contains("ecological_livable: 16 → 17", output, StringComparison.Ordinal);
    }
}
