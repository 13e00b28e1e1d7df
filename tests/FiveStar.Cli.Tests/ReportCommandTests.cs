using System.Diagnostics;
using System.Text.RegularExpressions;

namespace FiveStar.Cli.Tests;

public partial class ReportCommandTests
{
    [Fact]
    public void Report_Hanzhuang_IsOneSelfContainedFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.html");

        var (exitCode, _, error) = Cli.Run("report", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--out", path);

        Assert.True(exitCode == 0, error);
        var html = File.ReadAllText(path);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        Assert.Contains("<svg id=\"chart-levels\"", html, StringComparison.Ordinal);
        Assert.Contains("七里铺村", html, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Report_InChromium_LoadsWithoutErrorsRendersChartsAndShowsEveryVillage()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.Executable), $"Chromium is required in CI but missing at {ChromiumFactAttribute.Executable}");
        using var folder = new TempFolder();
        var path = folder.File("report.html");
        Assert.Equal(0, Cli.Run("report", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--out", path).ExitCode);

        // Record script errors into the page, so the dumped DOM shows whether any occurred.
        var probe = folder.File("probe.html", File.ReadAllText(path).Replace(
            "<head>",
            "<head><script>window.__errors=[];window.addEventListener('error',function(e){window.__errors.push(e.message);});</script>",
            StringComparison.Ordinal).Replace(
            "</body>",
            "<script>sortTable(2);sortTable(2);document.body.setAttribute('data-errors',String(window.__errors.length));document.body.setAttribute('data-rows',String(document.querySelectorAll('#villages tbody tr').length));document.body.setAttribute('data-bars',String(document.querySelectorAll('svg rect.bar').length));</script></body>",
            StringComparison.Ordinal));
        var (dom, log) = Chromium(folder.Path, "--dump-dom", probe);
        var screenshot = Path.Combine(folder.Path, "report.png");
        Chromium(folder.Path, $"--screenshot={screenshot}", probe);

        Assert.Matches("data-errors=\"0\"", dom);
        Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
        Assert.Matches("data-rows=\"33\"", dom);
        Assert.Matches("data-bars=\"11\"", dom);
        Assert.Equal("33", CountMarker().Match(dom).Groups[1].Value);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is empty");
    }

    private static (string Output, string Log) Chromium(string folder, string mode, string file)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--window-size=1400,2000", $"--user-data-dir={Path.Combine(folder, "profile")}", mode, new Uri(file).AbsoluteUri })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "Chromium did not finish within 60 s");
        return (output.Result, log.Result);
    }

    [GeneratedRegex("id=\"village-count\" data-count=\"(\\d+)\"")]
    private static partial Regex CountMarker();
}
