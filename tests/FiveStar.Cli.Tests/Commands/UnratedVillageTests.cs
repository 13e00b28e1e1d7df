using System.Text.RegularExpressions;

namespace FiveStar.Cli.Tests.Commands;

/// <summary>A village whose data has errors is listed but shows no stars, in line with the summary that leaves it out.</summary>
public partial class UnratedVillageTests
{
    [Fact]
    public void Report_VillageWithDataErrors_ShowsNotRatedInsteadOfStars()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.csv", Broken());
        var report = folder.File("report.html");

        var (exitCode, _, error) = Cli.Run("report", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--out", report, "--lang", "en");

        Assert.True(exitCode == 1, error);
        var html = File.ReadAllText(report);
        var row = Row().Match(html);
        Assert.True(row.Success, "no row for hz03");
        Assert.Contains("not rated", row.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("★", row.Value, StringComparison.Ordinal);
        Assert.Contains("holds every star", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TableWithAVillageWithDataErrors_ShowsNoStarsForIt()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.csv", Broken());

        var (exitCode, output, _) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--lang", "en");

        Assert.Equal(1, exitCode);
        var line = output.Split('\n').Single(l => l.StartsWith("hz03", StringComparison.Ordinal));
        Assert.DoesNotContain("★", line, StringComparison.Ordinal);
        Assert.DoesNotContain("☆", line, StringComparison.Ordinal);
        Assert.Contains("not rated", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_VillageUnratedInTheLaterPeriod_IsNotCountedAsLosingItsStars()
    {
        using var folder = new TempFolder();
        var before = folder.File("2022.json");
        var after = folder.File("2023.json");
        Assert.Equal(0, Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "-f", "json", "-o", before).ExitCode);
        Assert.Equal(1, Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", folder.File("villages.csv", Broken()), "-f", "json", "-o", after).ExitCode);

        var (exitCode, output, _) = Cli.Run("diff", before, after, "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("李家湾村 (hz03): 4 → not rated", output, StringComparison.Ordinal);
        Assert.Contains("industry_prosperity: 17 → 16", output, StringComparison.Ordinal);
        Assert.Contains("not rated (data errors): 0 → 1", output, StringComparison.Ordinal);
    }

    private static string Broken()
    {
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var income = Array.IndexOf(lines[0].Split(','), "collective_income_yuan");
        var fields = lines[3].Split(',');
        fields[income] = "lots";
        lines[3] = string.Join(',', fields);
        return string.Join('\n', lines);
    }

    [GeneratedRegex("<tr><td>hz03</td>.*?</tr>")]
    private static partial Regex Row();
}
