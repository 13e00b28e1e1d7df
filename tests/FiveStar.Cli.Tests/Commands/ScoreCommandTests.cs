using System.Text.Json;

namespace FiveStar.Cli.Tests.Commands;

public class ScoreCommandTests
{
    [Fact]
    public void Score_Hanzhuang_PrintsTheTableAndThePublishedSummary()
    {
        var (exitCode, output, error) = Cli.Run("score", "--criteria", Cli.Hanzhuang("hanzhuang-2022.json"), "--villages", Cli.Hanzhuang("villages.csv"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("部落村", output, StringComparison.Ordinal);
        Assert.Contains("★★★★★", output, StringComparison.Ordinal);
        Assert.Contains("获星：支部过硬星 1，产业兴旺星 17，生态宜居星 16，平安法治星 27，文明幸福星 27", output, StringComparison.Ordinal);
        Assert.Contains("星级：五星 1 个，四星 4 个，三星 15 个，二星 11 个，一星 0 个，无星 2 个", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_English_UsesEnglishNames()
    {
        var (exitCode, output, _) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("Stars awarded: Strong Branch 1, Thriving Industry 17", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Json_HasTheDocumentedShape()
    {
        var (exitCode, output, _) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--format", "json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("hanzhuang-2022", root.GetProperty("criteria").GetProperty("id").GetString());
        var villages = root.GetProperty("villages");
        Assert.Equal(33, villages.GetArrayLength());
        var first = villages[0];
        foreach (var member in new[] { "id", "name", "stars", "level", "categories", "problems" })
        {
            Assert.True(first.TryGetProperty(member, out _), member);
        }

        var criterion = first.GetProperty("categories")[0].GetProperty("criteria")[0];
        Assert.Contains(criterion.GetProperty("state").GetString(), new[] { "passed", "not_met", "missing", "error" });
        var summary = root.GetProperty("summary");
        Assert.Equal(33, summary.GetProperty("villages").GetInt32());
        Assert.Equal(17, summary.GetProperty("byCategory").GetProperty("industry_prosperity").GetInt32());
        Assert.Equal(15, summary.GetProperty("byStars").GetProperty("3").GetInt32());
    }

    [Fact]
    public void Score_Json_IsTheLibrarysResultsDocumentAndValidAgainstItsSchema()
    {
        using var folder = new TempFolder();
        var path = folder.File("results.json");

        var (exitCode, _, _) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--format", "json", "--out", path, "--lang", "en");

        Assert.Equal(0, exitCode);
        var bytes = File.ReadAllBytes(path);
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(Cli.Root, "src/FiveStar/Schema/results.schema.json")));
        using (var document = JsonDocument.Parse(bytes))
        {
            Assert.True(schema.Evaluate(document.RootElement).IsValid);
        }

        // The library reads what the tool wrote and writes it back to the same bytes.
        var read = FiveStar.Rating.RatingJson.Read(new MemoryStream(bytes));
        var written = new MemoryStream();
        FiveStar.Rating.RatingJson.Write(written, read);
        Assert.Equal(bytes, written.ToArray());
        Assert.Equal(("1.0", "en", 33), (read.SchemaVersion, read.Language, read.Villages.Count));
    }

    [Fact]
    public void Score_JsonLines_WritesOneVillageALineThenTheSummary()
    {
        var (exitCode, output, _) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--format", "jsonl");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(34, lines.Length);
        Assert.All(lines[..33], l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("stars", out _)));
        Assert.Equal(33, JsonDocument.Parse(lines[33]).RootElement.GetProperty("villages").GetInt32());
    }

    [Fact]
    public void Score_Csv_WritesOneRowPerVillage()
    {
        using var folder = new TempFolder();
        var path = folder.File("results.csv");

        var (exitCode, output, _) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--format", "csv", "--out", path);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, output);
        var lines = File.ReadAllLines(path);
        Assert.Equal(34, lines.Length);
        Assert.StartsWith("id,name,stars,level,rated,star_branch_strong,star_industry_prosperity", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("hz02,部落村,5,5,true,1,1,1,1,1", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Score_VillagesWithBrokenRows_ReportsEachLineAndScoresTheRest()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv")).ToList();
        var header = lines[0].Split(',');
        var income = Array.IndexOf(header, "collective_income_yuan");
        var toilets = Array.IndexOf(header, "sanitary_toilet_coverage_pct");
        lines[3] = Replace(lines[3], income, "lots");          // line 4: text in a number column
        lines[5] = Replace(lines[5], toilets, "130");         // line 6: out of range
        lines[7] = string.Join(',', lines[7].Split(',')[..10]); // line 8: truncated row
        var villages = folder.File("villages.csv", string.Join('\n', lines));
        var results = folder.File("results.csv");

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--format", "csv", "--out", results, "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains($"{villages}:4:{income + 1}: hz03: collective_income_yuan is \"lots\"; expected a number", error, StringComparison.Ordinal);
        Assert.Contains($"{villages}:6:{toilets + 1}: hz05: sanitary_toilet_coverage_pct is 130, outside its valid range 0 to 100", error, StringComparison.Ordinal);
        Assert.Contains($"{villages}:8:1: hz07: the row has 10 fields", error, StringComparison.Ordinal);
        var rows = File.ReadAllLines(results);
        Assert.Equal(34, rows.Length);
        Assert.Equal(3, rows.Count(r => r.Contains(",false,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Score_OutputFolderMissing_FailsBeforeAnyWork()
    {
        var (exitCode, output, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--out", "/nonexistent-folder/results.csv", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("cannot write /nonexistent-folder/results.csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_InvalidCriteria_ExitsWithTwoAndLocatedErrors()
    {
        using var folder = new TempFolder();
        var criteria = folder.File("bad.json", """
        { "schemaVersion": "1.0", "id": "bad", "extends": "henan-rural-2022",
          "categories": [ { "id": "industry_prosperity", "rules": [ { "id": "I1", "expression": "collective_incme_yuan >= 1" } ] } ] }
        """);

        var (exitCode, output, error) = Cli.Run("score", "--lang", "en", "-c", criteria, "-v", Cli.Hanzhuang("villages.csv"));

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"{criteria}:2:", error, StringComparison.Ordinal);
        Assert.Contains(": I1: unknown indicator", error, StringComparison.Ordinal);
        Assert.Contains("collective_income_yuan", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RulesEngineWorkflow_TakesFieldsFromTheVillages()
    {
        using var folder = new TempFolder();
        var workflow = folder.File("workflow.json", """
        [ { "WorkflowName": "Industry", "Rules": [
              { "RuleName": "Income", "Expression": "input1.collective_income_yuan >= 200000 AND input1.branch_led_coop_exists" } ] },
          { "WorkflowName": "Toilets", "Rules": [ { "RuleName": "Toilets", "Expression": "input1.sanitary_toilet_coverage_pct >= 80" } ] } ]
        """);

        var (exitCode, output, error) = Cli.Run("score", "-c", workflow, "-v", Cli.Hanzhuang("villages.csv"), "--format", "json");

        Assert.True(exitCode == 0, error);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(33, document.RootElement.GetProperty("summary").GetProperty("villages").GetInt32());
        Assert.Equal(2, document.RootElement.GetProperty("villages")[0].GetProperty("categories").GetArrayLength());
    }

    [Fact]
    public void Score_Cancelled_LeavesNoPartialOutput()
    {
        using var folder = new TempFolder();
        var path = folder.File("results.csv");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var error = new StringWriter();

        var exitCode = CliApp.Run(["score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "-f", "csv", "-o", path], new StringWriter(), error, cancelled.Token);

        Assert.Equal(2, exitCode);
        Assert.Contains("已取消", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Run_UnknownOption_ExitsWithTwo()
    {
        var (exitCode, _, error) = Cli.Run("score", "--nope");

        Assert.Equal(2, exitCode);
        Assert.Contains("fivestar:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Version_PrintsTheVersion()
    {
        var (exitCode, output, _) = Cli.Run("--version");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("0.1.0", output, StringComparison.Ordinal);
    }

    private static string Replace(string line, int index, string value)
    {
        var fields = line.Split(',');
        fields[index] = value;
        return string.Join(',', fields);
    }
}
