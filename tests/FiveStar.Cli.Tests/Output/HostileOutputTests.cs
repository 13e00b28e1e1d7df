using FiveStar.Cli.Output;
using nietras.SeparatedValues;

namespace FiveStar.Cli.Tests.Output;

/// <summary>Issue #17, classes 5, 6 and 10: output columns that cannot be overwritten, terminal and spreadsheet injection, huge names.</summary>
public class HostileOutputTests
{
    private const string Workflows = """
        [
          { "WorkflowName": "id", "Rules": [ { "RuleName": "big", "Expression": "input1.population >= 100" } ] },
          { "WorkflowName": "stars", "Rules": [ { "RuleName": "rich", "Expression": "input1.income >= 5" } ] },
          { "WorkflowName": "problems", "Rules": [ { "RuleName": "any", "Expression": "input1.income >= 0" } ] }
        ]
        """;

    [Fact]
    public void Score_CsvWorkflowsNamedIdStarsProblems_KeepTheFixedColumns()
    {
        using var folder = new TempFolder();
        var criteria = folder.File("workflows.json", Workflows);
        var villages = folder.File("villages.csv", "id,name,population,income\nv1,One,50,10\nv2,Two,500,1\n");
        var results = folder.File("results.csv");

        var (exitCode, _, error) = Cli.Run("score", "-c", criteria, "-v", villages, "-f", "csv", "--out", results);

        Assert.True(exitCode == 0, error);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(results);
        Assert.Equal(["id", "name", "stars", "level", "rated", "star_id", "star_stars", "star_problems", "problems"], reader.Header.ColNames);
        var rows = reader.Enumerate(r => (Id: r["id"].ToString(), Stars: r["stars"].ToString(), StarId: r["star_id"].ToString(), StarStars: r["star_stars"].ToString(), Problems: r["problems"].ToString())).ToList();
        Assert.Equal([("v1", "2", "0", "1", "0"), ("v2", "2", "1", "0", "0")], rows);
    }

    [Fact]
    public void Score_CsvFormulaNamesAndIds_AreNeutralisedButNegativeNumbersStayNumbers()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        string[] hostile = ["\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "-12.5", "+7"];
        for (var i = 0; i < hostile.Length; i++)
        {
            var fields = lines[1 + i].Split(',');
            fields[1] = hostile[i];
            lines[1 + i] = string.Join(',', fields);
        }

        lines[7] = "=1+1" + lines[7][lines[7].IndexOf(',', StringComparison.Ordinal)..];
        var villages = folder.File("villages.csv", string.Join('\n', lines));
        var results = folder.File("results.csv");

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "-f", "csv", "--out", results);

        Assert.True(exitCode == 0, error);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(results);
        var rows = reader.Enumerate(r => (Id: r["id"].ToString(), Name: r["name"].ToString())).ToList();
        Assert.Equal(["'=HYPERLINK(\"http://evil\",\"x\")", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)", "-12.5", "+7"], rows.Take(6).Select(r => r.Name));
        Assert.Equal("'=1+1", rows[6].Id);
    }

    [Fact]
    public void Score_CsvNamesWithSeparatorsQuotesAndLineBreaks_AreQuotedAndReadBackAsWritten()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        string[] names = ["东,冢", "a\"b", "two\nlines", "\"quoted\"", "cr\rhere"];
        for (var i = 0; i < names.Length; i++)
        {
            var fields = lines[1 + i].Split(',');
            fields[1] = "\"" + names[i].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            lines[1 + i] = string.Join(',', fields);
        }

        var villages = folder.File("villages.csv", string.Join('\n', lines));
        var results = folder.File("results.csv");

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "-f", "csv", "--out", results);

        Assert.True(exitCode == 0, error);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(results);
        var rows = reader.Enumerate(r => (Id: r["id"].ToString(), Name: r["name"].ToString(), Stars: r["stars"].ToString())).ToList();
        Assert.Equal(33, rows.Count);
        Assert.Equal(names, rows.Take(names.Length).Select(r => r.Name));
        Assert.Equal(["hz01", "hz02", "hz03", "hz04", "hz05"], rows.Take(names.Length).Select(r => r.Id));

        // A name that needs no quotes is written as it is, beside the plain numbers and flags.
        var text = File.ReadAllText(results);
        Assert.StartsWith("\"东,冢\",3,3,true,0,1,0,1,1,0", text.Split('\n')[1][5..], StringComparison.Ordinal);
        Assert.Contains("\nhz08,庵上村,3,3,true,0,0,1,1,1,0\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=A1", "'=A1")]
    [InlineData("+A1", "'+A1")]
    [InlineData("-A1", "'-A1")]
    [InlineData("@A1", "'@A1")]
    [InlineData("\tA1", "'\tA1")]
    [InlineData("\rA1", "'\rA1")]
    [InlineData("-5", "-5")]
    [InlineData("-1.5e3", "-1.5e3")]
    [InlineData("+3", "+3")]
    [InlineData("-", "'-")]
    [InlineData("韩庄村", "韩庄村")]
    [InlineData("", "")]
    public void SpreadsheetText_Cell_PrefixesFormulasOnly(string text, string expected) => Assert.Equal(expected, SpreadsheetText.Cell(text));

    [Fact]
    public void Score_TableWithEscapesInNames_ShowsThemEscapedAndOneLinePerVillage()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        string[] hostile = ["\u001b]0;pwned\u0007\u001b[2Jcleared", "\"fake\nhz99  假村  ★★★★★\"", "evil\u009b31m\u202Eabc"];
        for (var i = 0; i < hostile.Length; i++)
        {
            var fields = lines[1 + i].Split(',');
            fields[1] = hostile[i];
            lines[1 + i] = string.Join(',', fields);
        }

        var villages = folder.File("villages.csv", string.Join('\n', lines));

        var (exitCode, output, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--lang", "en");

        Assert.True(exitCode == 0, error);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u009b', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.Contains(@"\x1B]0;pwned\x07\x1B[2Jcleared", output, StringComparison.Ordinal);
        Assert.Contains(@"fake\nhz99  假村", output, StringComparison.Ordinal);
        Assert.Contains(@"evil\x9B31m\u202Eabc", output, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Split('\n'), l => l.StartsWith("hz99", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_ProblemQuotingAnEscapeSequence_IsEscapedOnStandardError()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var income = Array.IndexOf(lines[0].Split(','), "collective_income_yuan");
        var fields = lines[1].Split(',');
        fields[0] = "hz\u001b[2J";
        fields[1] = "\"一村\nfake\"";
        fields[income] = "\u001b]8;;http://evil\u0007x";
        lines[1] = string.Join(',', fields);
        var villages = folder.File("villages.csv", string.Join('\n', lines));

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "-f", "json", "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain('\u0007', error);
        Assert.Contains(@": hz\x1B[2J: collective_income_yuan is ""\x1B]8;;http://evil\x07x""; expected a number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TenMegabyteName_TableIsCutWithAnEllipsisAndStaysSmall()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var fields = lines[1].Split(',');
        fields[1] = new string('村', 3_500_000); // 10.5 MB of UTF-8
        lines[1] = string.Join(',', fields);
        fields = lines[2].Split(',');
        fields[0] = new string('9', 5_000_000);
        lines[2] = string.Join(',', fields);
        var villages = folder.File("villages.csv", string.Join('\n', lines));

        var (exitCode, output, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--lang", "en");

        Assert.True(exitCode == 0, error);
        Assert.True(output.Length < 20_000, $"the table is {output.Length:N0} characters");
        Assert.Contains(new string('村', (TableResultWriter.NameWidth / 2) - 1) + "…", output, StringComparison.Ordinal);
        Assert.Contains(new string('9', TableResultWriter.IdWidth - 1) + "…", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", 10, "plain")]
    [InlineData("abcdefghijkl", 10, "abcdefghi…")]
    [InlineData("韩庄村韩庄村", 6, "韩庄…")]
    [InlineData("a\u001bb", 10, @"a\x1Bb")]
    [InlineData("a\u001b[2Jbcdefgh", 10, @"a\x1B[2Jb…")]
    public void TerminalText_Display_EscapesAndCutsToTheWidth(string text, int width, string expected)
    {
        var shown = TerminalText.Display(text, width);

        Assert.Equal(expected, shown);
        Assert.True(TextWidth.Of(shown) <= width);
    }

    [Fact]
    public void Score_JsonDataAfterTheArray_IsAnErrorWithExitOne()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.json", "[{\"id\": \"v1\", \"name\": \"一村\"}]\n{\"id\": \"v2\"}\n");

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "-f", "json", "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains($"{villages}:2:1: error: there is data after the closing ] of the array", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MoreVillagesThanAReportHolds_IsRefusedWithAdviceAndWritesNothing()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.csv", Replicated(global::FiveStar.Cli.Commands.ReportCommand.MaxVillages + 1));
        var report = Path.Combine(folder.Path, "report.html");

        var (exitCode, _, error) = Cli.Run("report", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--out", report, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains($"{villages} has more than 20,000 villages", error, StringComparison.Ordinal);
        Assert.Contains("fivestar score --format csv", error, StringComparison.Ordinal);
        Assert.Equal([villages], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Score_TableOfMoreRowsThanItHolds_IsWrittenAsItGoesWithEveryVillage()
    {
        using var folder = new TempFolder();
        var count = TableResultWriter.MaxHeldRows + 20_000;
        var villages = folder.File("villages.csv", Replicated(count));
        var output = folder.File("table.txt");

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--out", output, "--lang", "en");

        Assert.True(exitCode == 0, error);
        var lines = File.ReadAllLines(output);
        Assert.Equal(1, lines.Count(l => l.StartsWith("Id ", StringComparison.Ordinal)));
        Assert.Equal(count, lines.Count(l => l.StartsWith('v')));
        Assert.Contains(lines, l => l.StartsWith($"v{count - 1} ", StringComparison.Ordinal));
    }

    /// <summary>The Hanzhuang villages repeated with ids v0, v1, …</summary>
    private static string Replicated(int count)
    {
        var sample = File.ReadAllLines(Cli.Hanzhuang("villages.csv")).Where(l => l.Length > 0).ToArray();
        var text = new System.Text.StringBuilder(sample[0]).Append('\n');
        for (var i = 0; i < count; i++)
        {
            var row = sample[1 + (i % (sample.Length - 1))];
            text.Append('v').Append(i).Append(row.AsSpan(row.IndexOf(',', StringComparison.Ordinal))).Append('\n');
        }

        return text.ToString();
    }
}
