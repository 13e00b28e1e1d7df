namespace FiveStar.Cli.Tests.Commands;

public class InputFormatTests
{
    [Theory]
    [InlineData("explain", "--village", "hz02")]
    [InlineData("gap", "--village", "hz02")]
    public void Command_JsonLinesWithAnotherExtension_ReadsItWithInputFormat(string command, string option, string value)
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.txt");
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var header = lines[0].Split(',');
        File.WriteAllLines(villages, lines.Skip(1).Select(l => "{" + string.Join(',', l.Split(',').Select((v, i) => $"\"{header[i]}\":{Json(v)}")) + "}"));

        var (exitCode, output, error) = Cli.Run(command, "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--input-format", "jsonl", option, value);

        Assert.True(exitCode == 0, error);
        Assert.Contains("部落村", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_JsonLinesWithAnotherExtension_ReadsItWithInputFormat()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.txt");
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var header = lines[0].Split(',');
        File.WriteAllLines(villages, lines.Skip(1).Select(l => "{" + string.Join(',', l.Split(',').Select((v, i) => $"\"{header[i]}\":{Json(v)}")) + "}"));
        var report = folder.File("report.html");

        var (exitCode, _, error) = Cli.Run("report", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--input-format", "jsonl", "--out", report);

        Assert.True(exitCode == 0, error);
        Assert.Contains("data-count=\"33\"", File.ReadAllText(report), StringComparison.Ordinal);
    }

    private static string Json(string value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) || value is "true" or "false" ? value : $"\"{value}\"";
}
