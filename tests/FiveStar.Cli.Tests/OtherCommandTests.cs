using System.Text.Json;

namespace FiveStar.Cli.Tests;

public class OtherCommandTests
{
    [Fact]
    public void Validate_ValidFiles_ExitsWithZero()
    {
        var (exitCode, output, error) = Cli.Run("validate", "--lang", "en", Cli.Hanzhuang("hanzhuang-2022.json"), Path.Combine(Cli.Root, "src/FiveStar.Standard/henan-rural-2022.json"), "--villages", Cli.Hanzhuang("villages.csv"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("hanzhuang-2022.json: valid (5 categories, 29 criteria)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReflectionAndTypo_PrintsOneLocatedErrorALine()
    {
        using var folder = new TempFolder();
        var criteria = folder.File("town.json", """
        {
          "schemaVersion": "1.0",
          "id": "town",
          "extends": "henan-rural-2022",
          "categories": [
            { "id": "safety_rule_of_law", "rules": [
              { "id": "S9", "expression": "input1.GetType().Assembly.Location != \"\"" },
              { "id": "S10", "expression": "criminal_cases_count == 0" } ] }
          ]
        }
        """);

        var (exitCode, _, error) = Cli.Run("validate", "--lang", "en", criteria);

        Assert.Equal(2, exitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"{criteria}:7:", StringComparison.Ordinal) && l.Contains(": S9: ", StringComparison.Ordinal) && l.Contains("GetType", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{criteria}:8:", StringComparison.Ordinal) && l.Contains(": S10: ", StringComparison.Ordinal) && l.Contains("criminal_case_count", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RulesEngineWorkflowAgainstColumns_FindsAMisspeltField()
    {
        using var folder = new TempFolder();
        var workflow = folder.File("workflow.json", """
        { "WorkflowName": "Industry", "Rules": [ { "RuleName": "Income", "Expression": "input1.collective_incom_yuan >= 200000" } ] }
        """);

        var (withoutData, output, _) = Cli.Run("validate", "--lang", "en", workflow);
        var (withData, _, error) = Cli.Run("validate", "--lang", "en", workflow, "--villages", Cli.Hanzhuang("villages.csv"));

        Assert.Equal(0, withoutData);
        Assert.Contains("pass --villages", output, StringComparison.Ordinal);
        Assert.Equal(2, withData);
        Assert.Contains(": Income: unknown", error, StringComparison.Ordinal);
        Assert.Contains("collective_income_yuan", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Village_ListsEveryCriterionAndTheReason()
    {
        var (exitCode, output, _) = Cli.Run("explain", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--village", "牛屯村", "--lang", "en");

        Assert.Equal(0, exitCode);
        foreach (var id in new[] { "B1", "I6", "E6", "S5", "C6" })
        {
            Assert.Contains($" {id} ", output, StringComparison.Ordinal);
        }

        Assert.Contains("veto three_zero_breach", output, StringComparison.Ordinal);
        Assert.Contains("requires first", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownVillage_ExitsWithTwo()
    {
        var (exitCode, _, error) = Cli.Run("explain", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--village", "no such village");

        Assert.Equal(2, exitCode);
        Assert.Contains("no village has the id or name", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_Village_SaysWhatItLacksAndByHowMuch()
    {
        var (exitCode, output, _) = Cli.Run("gap", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--village", "七里铺村", "--lang", "en");

        Assert.Equal(0, exitCode);
        Assert.Contains("next star: Safety and Rule of Law", output.Replace("Safety & Rule of Law", "Safety and Rule of Law", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Village collective income 36,000 of 100,000 yuan", output, StringComparison.Ordinal);
        Assert.Contains("64,000 short", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_VillageLackingPrerequisites_NeverAdvisesTheStrongBranchStar()
    {
        // 南张贾村 holds only 平安法治星 and 文明幸福星; 支部过硬星 requires the other four.
        var (exitCode, output, _) = Cli.Run("gap", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--village", "hz11");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("下一颗星: 支部过硬星", output, StringComparison.Ordinal);
        Assert.Contains("下一颗星: 生态宜居星", output, StringComparison.Ordinal);
        Assert.Contains("尚不能争取: 支部过硬星 — 至少补齐 1 项 (须先获得：产业兴旺星、生态宜居星)", output, StringComparison.Ordinal);
    }

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

    [Fact]
    public void Plugins_WithFolder_ListsTheSixthCategoryAndIndicators()
    {
        var (exitCode, output, _) = Cli.Run("plugins", "--plugins", Path.Combine(Cli.Root, "samples/OtherTown/plugins"));

        Assert.Equal(0, exitCode);
        Assert.Contains("industry_prosperity  产业兴旺星", output, StringComparison.Ordinal);
        Assert.Contains("collective_income_yuan  村集体经济年收入", output, StringComparison.Ordinal);
        Assert.Contains("co_building_sharing  共建共享星", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plugins_FolderThatIsNotAPlugin_NamesTheFile()
    {
        using var folder = new TempFolder();
        folder.File("broken.dll", "not an assembly");

        var (exitCode, _, error) = Cli.Run("plugins", "--plugins", folder.Path);

        Assert.Equal(2, exitCode);
        Assert.Contains("broken.dll: not a .NET assembly", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_PrintsTheJsonSchema()
    {
        var (exitCode, output, _) = Cli.Run("schema");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }
}
