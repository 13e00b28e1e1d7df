using System.Diagnostics;
using System.Text;
using nietras.SeparatedValues;

namespace FiveStar.Cli.Tests.Output;

public class OutputTargetTests
{
    [Fact]
    public void Score_CsvNameWithCommaAndQuotes_IsQuotedSoTheRowKeepsItsFields()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var fields = lines[1].Split(',');
        fields[1] = "\"韩庄村, 东 \"\"新\"\"\"";
        lines[1] = string.Join(',', fields);
        var villages = folder.File("villages.csv", string.Join('\n', lines));
        var results = folder.File("results.csv");

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--format", "csv", "--out", results);

        Assert.True(exitCode == 0, error);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(results);
        var width = reader.Header.ColNames.Count;
        var names = new List<string>();
        foreach (var row in reader)
        {
            Assert.Equal(width, row.ColCount);
            names.Add(row["name"].ToString());
        }

        Assert.Equal(33, names.Count);
        Assert.Equal("韩庄村, 东 \"新\"", names[0]);
    }

    [Fact]
    public void Score_JsonCancelled_LeavesNoFileNorTemporaryFile()
    {
        using var folder = new TempFolder();
        var results = folder.File("results.json");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = CliApp.Run(["score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--format", "json", "--out", results], output, error, cancellation.Token);

        Assert.Equal(2, exitCode);
        Assert.Contains("已取消", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task Score_SigtermWhileWriting_DeletesTheTemporaryFileAndExitsWithTwo()
    {
        // The real signal path, out of process: the tool itself, not an in-process token.
        Assert.False(OperatingSystem.IsWindows(), "POSIX signals; this test runs on Linux and macOS");
        using var folder = new TempFolder();
        var villages = folder.File("villages.csv");
        var sample = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var text = new StringBuilder(sample[0]).Append('\n');
        for (var i = 0; i < 200_000; i++)
        {
            text.Append('v').Append(i).Append(sample[1 + (i % 33)].AsSpan(sample[1 + (i % 33)].IndexOf(',', StringComparison.Ordinal))).Append('\n');
        }

        File.WriteAllText(villages, text.ToString());
        var results = Path.Combine(folder.Path, "results.json");
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "FiveStar.Cli")) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "-f", "json", "-o", results })
        {
            start.ArgumentList.Add(argument);
        }

        using var tool = Process.Start(start)!;
        var error = tool.StandardError.ReadToEndAsync();
        var waited = Stopwatch.StartNew();
        while (!Directory.EnumerateFiles(folder.Path, ".results.json.*.tmp").Any(f => new FileInfo(f).Length > 0) && waited.Elapsed < TimeSpan.FromSeconds(30) && !tool.HasExited)
        {
            await Task.Delay(20);
        }

        Assert.False(tool.HasExited, "the tool finished before it could be interrupted");
        using (var kill = Process.Start("kill", ["-TERM", tool.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await tool.WaitForExitAsync(timeout.Token);
        Assert.Equal(2, tool.ExitCode);
        Assert.Contains("已取消", await error, StringComparison.Ordinal);
        Assert.Equal([villages], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Report_Cancelled_LeavesNoFile()
    {
        using var folder = new TempFolder();
        var report = folder.File("report.html");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var exitCode = CliApp.Run(["report", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--out", report], new StringWriter(), new StringWriter(), cancellation.Token);

        Assert.Equal(2, exitCode);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Score_OutputFolderMissingAndCriteriaInvalid_ReportsTheOutputFirst()
    {
        using var folder = new TempFolder();
        var criteria = folder.File("bad.json", "{ \"schemaVersion\": \"1.0\", \"id\": \"bad\", \"categories\": [ { \"id\": \"x\", \"rules\": [ { \"id\": \"R1\", \"expression\": \"nope >= 1\" } ] } ] }");

        var (exitCode, _, error) = Cli.Run("score", "-c", criteria, "-v", Cli.Hanzhuang("villages.csv"), "--out", Path.Combine(folder.Path, "missing", "results.csv"), "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("cannot write", error, StringComparison.Ordinal);
        Assert.DoesNotContain("R1", error, StringComparison.Ordinal);
    }
}
