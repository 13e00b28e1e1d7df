using FiveStar.Tests.Support;

namespace FiveStar.Cli.Tests.Output;

/// <summary><c>fivestar score --format xlsx</c>: the results as a workbook, the same results as the CSV output.</summary>
public class ScoreWorkbookOutputTests
{
    [Fact]
    public void Score_FormatXlsx_WritesTheWorkbookWithTheCsvResults()
    {
        using var folder = new TempFolder();
        var path = folder.File("results.xlsx");
        var csv = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.xlsx"), "--format", "csv");

        var (exitCode, output, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.xlsx"), "--format", "xlsx", "--out", path, "--lang", "en");

        Assert.True(exitCode == 0, error);
        Assert.Equal(string.Empty, output);
        using var stream = File.OpenRead(path);
        var workbook = WorkbookContents.Read(stream);
        Assert.Equal(["Summary", "Villages", "Next star", "Pass rates"], workbook.SheetNames);
        var villages = workbook["Villages"];
        var lines = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToList();
        Assert.Equal(33, lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var fields = lines[i].Split(',');
            var row = villages.Row(i + 2);
            Assert.Equal(fields[0], row[0]);
            Assert.Equal(fields[1], row[1]);
            Assert.Equal(double.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), row[3]);
        }

        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Score_FormatXlsxWithoutOut_FailsWithExit2AndSaysWhatToGive()
    {
        var (exitCode, output, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--format", "xlsx", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--out results.xlsx", error, StringComparison.Ordinal);
    }
}
