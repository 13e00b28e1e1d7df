using System.Diagnostics;
using System.Text.RegularExpressions;

namespace FiveStar.Cli.Tests.Commands;

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
            "<script>sortTable(2);sortTable(2);document.body.setAttribute('data-errors',String(window.__errors.length));document.body.setAttribute('data-rows',String(document.querySelectorAll('#villages tbody tr').length));document.body.setAttribute('data-bars',String(document.querySelectorAll('#chart-levels rect.bar,#chart-categories rect.bar').length));</script></body>",
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

    [Fact]
    public void Report_PreviousIsNotAResultsFile_FailsWithExit2NamingIt()
    {
        using var folder = new TempFolder();
        var previous = folder.File("2021.json", "{\"villages\": 3}");

        var (exitCode, _, error) = Cli.Run("report", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--previous", previous, "--out", folder.File("report.html"), "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("2021.json is not a results file written by fivestar score --format json", error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("report.html")));
    }

    [Fact]
    public void Report_PreviousListsAVillageTwice_FailsWithExit2NamingItNotAnUnexpectedError()
    {
        using var folder = new TempFolder();
        var previous = folder.File("2021.json");
        Assert.Equal(0, Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--format", "json", "--out", previous).ExitCode);
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(previous))!;
        root["villages"]![5]!["id"] = "hz03";
        File.WriteAllText(previous, root.ToJsonString());

        var (exitCode, _, error) = Cli.Run("report", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--previous", previous, "--out", folder.File("report.html"), "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains($"{previous} is not a results file written by fivestar score --format json", error, StringComparison.Ordinal);
        Assert.Contains("the village id \"hz03\" is listed twice, as village 3 and as village 6", error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", error, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(folder.File("report.html")));
    }

    [ChromiumFact]
    public async Task Report_InChromium_ChineseTextIsDrawnByACjkFontAndPrintsOnA4WithoutClipping()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.Executable), $"Chromium is required in CI but missing at {ChromiumFactAttribute.Executable}");
        using var folder = new TempFolder();
        var previous = folder.File("2021.json");
        var earlier = folder.File("2021.csv", EarlierVillages());
        Assert.Equal(0, Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", earlier, "--format", "json", "--out", previous).ExitCode);
        var path = folder.File("report.html");
        var run = Cli.Run("report", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--previous", previous, "--out", path);
        Assert.True(run.ExitCode == 0, run.Error);
        var cjkFamilies = FontFamiliesFor("zh");
        Assert.True(cjkFamilies.Count > 0, "no font with Chinese glyphs is installed (apt-get install fonts-noto-cjk); Chinese would render as boxes");

        using var browser = DevToolsBrowser.Launch(Path.Combine(folder.Path, "profile"));
        await browser.Send("Page.enable");
        await browser.Send("Page.navigate", new { url = new Uri(path).AbsoluteUri });
        await browser.WaitForEvent("Page.loadEventFired");

        // The new sections: every criterion's pass rate, weakest first; the year-over-year totals and changes.
        var rates = (await browser.Evaluate("Array.from(document.querySelectorAll('#chart-pass-rates g.pass-rate')).map(g => parseFloat(g.dataset.rate))"))!.AsArray().Select(r => r!.GetValue<double>()).ToList();
        Assert.Equal(29, rates.Count);
        Assert.Equal(rates.Order(), rates);
        Assert.Equal("I4", (string?)await browser.Evaluate("document.querySelector('#chart-pass-rates g.pass-rate').dataset.criterion"));
        Assert.Equal(3, (int)(await browser.Evaluate("document.querySelectorAll('#village-changes tbody tr').length"))!);
        Assert.Equal("StarsChanged", (string?)await browser.Evaluate("document.querySelector('#village-changes tr[data-village=hz02]').dataset.kind"));

        // Every element whose text is only Chinese is drawn by a font that has Chinese glyphs, never by a fallback
        // that would show boxes: ask Chromium which platform fonts rendered each one.
        await browser.Evaluate("Array.from(document.querySelectorAll('h1,h2,h3,th,td,text')).filter(e => e.children.length === 0 && /^[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]+$/.test(e.textContent.trim())).forEach(e => e.setAttribute('data-cjk', ''))");
        await browser.Send("DOM.enable");
        await browser.Send("CSS.enable");
        var root = (await browser.Send("DOM.getDocument", new { depth = -1 }))["root"]!["nodeId"]!.GetValue<int>();
        var nodes = (await browser.Send("DOM.querySelectorAll", new { nodeId = root, selector = "[data-cjk]" }))["nodeIds"]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
        Assert.True(nodes.Count >= 20, $"only {nodes.Count} Chinese-only elements found");
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in nodes)
        {
            var fonts = (await browser.Send("CSS.getPlatformFontsForNode", new { nodeId = node }))["fonts"]!.AsArray();
            Assert.NotEmpty(fonts);
            foreach (var font in fonts)
            {
                var family = (string)font!["familyName"]!;
                used.Add(family);
                Assert.True(cjkFamilies.Contains(family), $"Chinese text drawn with {family}, which has no Chinese glyphs (fonts with them: {string.Join(", ", cjkFamilies)})");
            }
        }

        // Printed on A4 (186 mm between the margins, 703 CSS pixels): nothing runs past the right edge, and each section starts a page.
        await browser.Send("Emulation.setEmulatedMedia", new { media = "print" });
        await browser.Send("Emulation.setDeviceMetricsOverride", new { width = 703, height = 1000, deviceScaleFactor = 1, mobile = false });
        var overflowing = (string?)await browser.Evaluate("Array.from(document.querySelectorAll('table,svg,h1,p')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(e => e.id || e.tagName).join(',')");
        Assert.Equal(string.Empty, overflowing);
        Assert.Equal("auto,page,page,page", (string?)await browser.Evaluate("Array.from(document.querySelectorAll('section')).map(s => getComputedStyle(s).breakBefore).join(',')"));
        var pdf = Convert.FromBase64String((string)(await browser.Send("Page.printToPDF", new { preferCSSPageSize = true, printBackground = true }))["data"]!);
        var pages = Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");
        Assert.InRange(pages, 4, 20);

        await browser.Send("Emulation.clearDeviceMetricsOverride");
        await browser.Send("Emulation.setEmulatedMedia", new { media = "screen" });
        var png = Convert.FromBase64String((string)(await browser.Send("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true }))["data"]!);
        Assert.True(png.Length > 10_000, "the screenshot is empty");

        // CI keeps what the browser drew (.ci/run sets FIVESTAR_ARTIFACTS to its output folder).
        var artifacts = Environment.GetEnvironmentVariable("FIVESTAR_ARTIFACTS") ?? folder.Path;
        Directory.CreateDirectory(artifacts);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, "report.png"), png);
        await File.WriteAllBytesAsync(Path.Combine(artifacts, "report.pdf"), pdf);
    }

    /// <summary>The sample's villages as they might have been a year earlier: three villages with other values.</summary>
    private static string EarlierVillages()
    {
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var header = lines[0].Split(',');
        string Set(string line, string id, string column, string value)
        {
            var fields = line.Split(',');
            if (fields[0] == id)
            {
                fields[Array.IndexOf(header, column)] = value;
            }

            return string.Join(',', fields);
        }

        return string.Join('\n', lines.Select(l => Set(Set(Set(l, "hz01", "sanitary_toilet_coverage_pct", "95"), "hz02", "criminal_case_count", "2"), "hz03", "collective_income_yuan", "10000"))) + "\n";
    }

    /// <summary>The font families fontconfig says cover a language (<c>fc-list :lang=zh family</c>).</summary>
    private static HashSet<string> FontFamiliesFor(string language)
    {
        var start = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true };
        start.ArgumentList.Add($":lang={language}");
        start.ArgumentList.Add("family");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new HashSet<string>(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(l => l.Split(',')).Select(f => f.Trim()), StringComparer.OrdinalIgnoreCase);
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
