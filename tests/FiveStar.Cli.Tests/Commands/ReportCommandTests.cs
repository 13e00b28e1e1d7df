using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

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

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Report_LongCriterionName_PassRateChartShowsItWholeOnEscapedLines(string language)
    {
        using var folder = new TempFolder();
        var path = folder.File("report.html");

        var (exitCode, _, error) = Cli.Run("report", "-c", LongNamesTown(folder), "-v", Cli.Hanzhuang("villages.csv"), "--out", path, "--lang", language);

        Assert.True(exitCode == 0, error);
        var html = File.ReadAllText(path);
        var start = html.IndexOf("<svg id=\"chart-pass-rates\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no pass-rate chart");

        // The chart parses as XML: every piece of a name from the file is escaped, none becomes markup.
        var chart = XElement.Parse(html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length)]);
        XNamespace svg = "http://www.w3.org/2000/svg";
        foreach (var (id, name) in LongNames(language))
        {
            var label = chart.Elements(svg + "g").Single(g => (string?)g.Attribute("data-criterion") == id).Element(svg + "text")!;
            var lines = label.Elements(svg + "tspan").ToList();
            Assert.True(lines.Count >= 2, $"{id} is on {lines.Count} line(s)");
            Assert.Equal($"{id} {name}", string.Concat(lines.Select(l => l.Value)));
        }

        // Each line sits below the one before, a whole line apart, and the chart is tall enough for the last.
        var baselines = chart.Descendants(svg + "tspan").Select(t => (int)t.Attribute("y")!).ToList();
        Assert.All(baselines.Zip(baselines.Skip(1)), p => Assert.True(p.Second - p.First >= 16, $"lines at y={p.First} and y={p.Second} overlap"));
        Assert.True((int)chart.Attribute("height")! >= baselines[^1] + 8, "the last line runs off the chart");
        Assert.DoesNotContain("…", chart.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<5%>", html, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Report_InChromium_WrappedChartLabelsNeitherOverlapNorLeaveTheChart()
    {
        Assert.True(File.Exists(ChromiumFactAttribute.Executable), $"Chromium is required in CI but missing at {ChromiumFactAttribute.Executable}");
        using var folder = new TempFolder();
        var town = LongNamesTown(folder);
        using var browser = DevToolsBrowser.Launch(Path.Combine(folder.Path, "profile"));
        await browser.Send("Page.enable");
        foreach (var language in new[] { "zh", "en" })
        {
            var path = folder.File($"report-{language}.html");
            var run = Cli.Run("report", "-c", town, "-v", Cli.Hanzhuang("villages.csv"), "--out", path, "--lang", language);
            Assert.True(run.ExitCode == 0, run.Error);
            await browser.Send("Page.navigate", new { url = new Uri(path).AbsoluteUri });
            await browser.WaitForEvent("Page.loadEventFired");

            foreach (var (id, name) in LongNames(language))
            {
                var lines = (int)(await browser.Evaluate($"document.querySelectorAll('#chart-pass-rates g[data-criterion={id}] text.label tspan').length"))!;
                Assert.True(lines >= 2, $"{language}: {id} is on {lines} line(s)");
                Assert.Equal($"{id} {name}", (string?)await browser.Evaluate($"document.querySelector('#chart-pass-rates g[data-criterion={id}] text.label').textContent"));
            }

            foreach (var chart in new[] { "chart-pass-rates", "chart-levels", "chart-categories" })
            {
                var collisions = await ChartCollisions(browser, chart);
                Assert.True(collisions.Length == 0, $"{language}: {collisions}");
            }

            // CI keeps what the browser drew of the chart (.ci/run sets FIVESTAR_ARTIFACTS to its output folder).
            var box = (await browser.Evaluate("(() => { const r = document.getElementById('chart-pass-rates').getBoundingClientRect(); return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height, scale: 1 }; })()"))!;
            var png = Convert.FromBase64String((string)(await browser.Send("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true, clip = box }))["data"]!);
            var artifacts = Environment.GetEnvironmentVariable("FIVESTAR_ARTIFACTS") ?? folder.Path;
            Directory.CreateDirectory(artifacts);
            await File.WriteAllBytesAsync(Path.Combine(artifacts, $"chart-pass-rates-long-names-{language}.png"), png);
        }
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
        foreach (var chart in new[] { "chart-pass-rates", "chart-levels", "chart-categories" })
        {
            var collisions = await ChartCollisions(browser, chart);
            Assert.True(collisions.Length == 0, collisions);
        }

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

    /// <summary>Criterion names longer than a chart line, with characters that must be escaped: Chinese, English, and one with no space to break at.</summary>
    private static List<(string Id, string Name)> LongNames(string language) => language == "zh"
        ? [("I4", "农民增收：农村居民人均可支配收入不低于全县平均水平，且比上年增长<5%>&“稳定”"), ("B5", "规范决策：落实“四议两公开”工作法，党务、村务、财务按季度公开，重大事项经村民代表会议表决并公示结果'"), ("S3", "零案件：无刑事案件和有重大影响的治安案件（参见https://example.org/three-zeros-criminal-and-public-order-cases）")]
        : [("I4", "Farmers' income: per-capita disposable income at least the county average & growing <5%> on \"last year\""), ("B5", "Standard decisions: the four-two procedure, village, party and financial affairs disclosed every quarter"), ("S3", "Zero cases (see https://example.org/three-zeros-criminal-and-public-order-cases-without-spaces)")];

    /// <summary>A town that extends the Hanzhuang sample and gives three criteria the <see cref="LongNames"/>.</summary>
    private static string LongNamesTown(TempFolder folder)
    {
        var categories = new JsonArray();
        foreach (var (category, id) in new[] { ("industry_prosperity", "I4"), ("branch_strong", "B5"), ("safety_rule_of_law", "S3") })
        {
            var name = new JsonObject { ["zh"] = LongNames("zh").Single(n => n.Id == id).Name, ["en"] = LongNames("en").Single(n => n.Id == id).Name };
            categories.Add(new JsonObject { ["id"] = category, ["rules"] = new JsonArray(new JsonObject { ["id"] = id, ["name"] = name }) });
        }

        var town = new JsonObject { ["schemaVersion"] = "1.0", ["id"] = "long-names", ["extends"] = Cli.Hanzhuang("hanzhuang-2022.json"), ["categories"] = categories };
        return folder.File("long-names.json", town.ToJsonString());
    }

    /// <summary>
    /// What in a chart overlaps or runs outside it, as Chromium lays it out: each label, bar and value against every other
    /// (a label against its own bar too) and against the chart's edges; empty when nothing does. The edges allow a pixel:
    /// a bold title's box starts a pixel left of where it is drawn from.
    /// </summary>
    private static async Task<string> ChartCollisions(DevToolsBrowser browser, string chartId) => (string)(await browser.Evaluate($$"""
        (() => {
          const chart = document.getElementById('{{chartId}}'), edge = chart.getBoundingClientRect(), found = [];
          const items = Array.from(chart.querySelectorAll('text, rect')).map((e, i) => ({ name: '{{chartId}} ' + e.tagName + ' ' + i + ' "' + e.textContent + '"', box: e.getBoundingClientRect() }));
          items.forEach((a, i) => {
            if (a.box.left < edge.left - 1 || a.box.right > edge.right + 1 || a.box.top < edge.top - 1 || a.box.bottom > edge.bottom + 1) found.push(a.name + ' runs outside the chart');
            items.slice(i + 1).forEach(b => {
              if (a.box.left < b.box.right - 0.5 && b.box.left < a.box.right - 0.5 && a.box.top < b.box.bottom - 0.5 && b.box.top < a.box.bottom - 0.5) found.push(a.name + ' overlaps ' + b.name);
            });
          });
          return found.join('; ');
        })()
        """))!;

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
