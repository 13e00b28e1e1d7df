using System.Text.Json;
using FiveStar.Tests.Differential;

namespace FiveStar.Cli.Tests.Commands;

/// <summary>
/// <c>fivestar score</c> on RulesEngine files whose workflows are named after all five standard stars (one injecting the
/// other four), from CSV, JSON and JSON Lines: every village's every rule has RulesEngine 6.0.1's outcome.
/// </summary>
public class ScoreRulesEngineTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var criteria in RulesEngineStarFiles.Criteria)
        {
            foreach (var villages in RulesEngineStarFiles.VillageFiles)
            {
                data.Add(criteria, villages);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Score_WorkflowsNamedAfterTheStars_AgreesWithRulesEngineRuleByRule(string criteria, string villages)
    {
        var expected = await RulesEngineStarFiles.ExpectedAsync(RulesEngineStarFiles.PathOf(Cli.Root, criteria), RulesEngineStarFiles.PathOf(Cli.Root, "villages.json"));

        var (exitCode, output, error) = Cli.Run("score", "-c", RulesEngineStarFiles.PathOf(Cli.Root, criteria), "-v", RulesEngineStarFiles.PathOf(Cli.Root, villages), "--format", "jsonl");

        Assert.True(exitCode == 0, error);
        // One line per village, then the summary line.
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Count + 1, lines.Length);
        using (var summary = JsonDocument.Parse(lines[^1]))
        {
            Assert.Equal(expected.Count, summary.RootElement.GetProperty("rated").GetInt32());
        }

        lines = lines[..^1];
        var compared = 0;
        foreach (var line in lines)
        {
            using var village = JsonDocument.Parse(line);
            var id = village.RootElement.GetProperty("id").GetString()!;
            Assert.True(village.RootElement.GetProperty("rated").GetBoolean(), id);
            var categories = village.RootElement.GetProperty("categories").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
            Assert.Equal(expected[id].Keys.Order(StringComparer.Ordinal), categories.Keys.Order(StringComparer.Ordinal));
            foreach (var (workflow, results) in expected[id])
            {
                var states = categories[workflow].GetProperty("criteria").EnumerateArray()
                    .Select(c => (Id: c.GetProperty("id").GetString()!, State: c.GetProperty("state").GetString()!)).ToList();
                Assert.Equal(results.Select(r => r.Rule), states.Select(s => s.Id));
                for (var r = 0; r < results.Count; r++)
                {
                    Assert.True((states[r].State == "passed") == results[r].Success, $"village {id}, workflow {workflow}, rule {results[r].Rule}: RulesEngine {results[r].Success}, fivestar {states[r].State}");
                    compared++;
                }
            }
        }

        Assert.True(compared >= expected.Count * 14, $"only {compared} rule results compared");
    }

    [Fact]
    public void Score_StarWorkflowWithAnActionAndAMissingInjection_ExitsWithTwoNamingEachProblem()
    {
        using var folder = new TempFolder();
        var criteria = folder.File("town.json", """
        [ { "WorkflowName": "industry_prosperity", "WorkflowsToInject": [ "Common" ], "Rules": [
              { "RuleName": "Income", "Expression": "input1.collective_income_yuan >= 200000",
                "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "input1.collective_income_yuan" } } } } ] } ]
        """);

        var (exitCode, _, error) = Cli.Run("score", "-c", criteria, "-v", RulesEngineStarFiles.PathOf(Cli.Root, "villages.csv"));

        // The messages come in the tool's language; file, line, id and member names read the same in both.
        var lines = error.Split('\n');
        Assert.Equal(2, exitCode);
        Assert.Contains(lines, l => l.StartsWith($"{criteria}:1:", StringComparison.Ordinal) && l.Contains(": industry_prosperity: ", StringComparison.Ordinal) && l.Contains("Common", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{criteria}:3:", StringComparison.Ordinal) && l.Contains(": Income: ", StringComparison.Ordinal) && l.Contains("Actions.OnSuccess", StringComparison.Ordinal) && l.Contains("OutputExpression", StringComparison.Ordinal));
        Assert.DoesNotContain("manifest.json", error, StringComparison.Ordinal);
    }
}
