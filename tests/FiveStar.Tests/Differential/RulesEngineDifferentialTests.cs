using System.Diagnostics;
using System.Globalization;
using System.Text;
using FiveStar.Criteria;
using FiveStar.Plugins;
using FiveStar.Rating;
using RulesEngine.Models;
using Xunit.Abstractions;

namespace FiveStar.Tests.Differential;

/// <summary>
/// Random RulesEngine workflows, fed unchanged to FiveStar and to RulesEngine 6.0.1 itself: for every top-level rule and
/// village, FiveStar's criterion passes exactly when RulesEngine's rule succeeds. A fixed seed runs in CI; set
/// FIVESTAR_DIFF_CASES (and optionally FIVESTAR_DIFF_SEED) for a longer run. Intended differences are listed in README.md.
/// </summary>
public class RulesEngineDifferentialTests(ITestOutputHelper output)
{
    private const int DefaultCases = 3_000;
    private const int VillagesPerWorkflow = 12;

    private static readonly StarRaterFactory Factory = new(new CategoryCatalog([]));

    [Fact]
    public async Task ExecuteAllRules_RandomWorkflowsAndVillages_FiveStarAgreesRuleByRule()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("FIVESTAR_DIFF_CASES"), out var n) ? n : DefaultCases;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FIVESTAR_DIFF_SEED"), out var s) ? s : 20240917;
        var random = new Random(seed);
        var stopwatch = Stopwatch.StartNew();
        var report = new DifferentialReport();

        for (var w = 0; w * VillagesPerWorkflow < cases; w++)
        {
            var json = new WorkflowGenerator(random).Workflow($"wf{w}");
            var villages = Enumerable.Range(0, VillagesPerWorkflow).Select(_ => DiffVillage.Random(random)).ToArray();
            await CompareAsync(json, villages, report);
        }

        output.WriteLine(FormattableString.Invariant($"seed {seed}: {report.Workflows} workflows, {report.Cases} workflow×village cases, {report.Rules} rule results compared in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine(FormattableString.Invariant($"RulesEngine outcomes: {report.Succeeded} succeeded, {report.Failed} failed, {report.Threw} threw (FiveStar: error)"));
        output.WriteLine("workflows using: " + string.Join(", ", report.Constructs.Select(c => $"{c.Key} {c.Value}")));
        Assert.True(report.Disagreements.Count == 0, report.Describe());
        Assert.True(report.Succeeded > report.Rules / 10 && report.Failed > report.Rules / 10, "the generator must produce rules that both pass and fail");
        Assert.True(report.Threw > 0, "the generator must divide integers by zero somewhere");
        Assert.All(DifferentialReport.Watched, c => Assert.True(report.Constructs.GetValueOrDefault(c) > 0, $"no workflow used {c}"));
    }

    /// <summary>Rates the villages with both engines and records every rule whose outcomes differ.</summary>
    internal static async Task CompareAsync(string json, DiffVillage[] villages, DifferentialReport report)
    {
        report.Workflows++;
        report.Cases += villages.Length;
        foreach (var construct in DifferentialReport.Watched.Where(c => json.Contains(c, StringComparison.Ordinal)))
        {
            report.Constructs[construct] = report.Constructs.GetValueOrDefault(construct) + 1;
        }

        var engine = new RulesEngine.RulesEngine([json], new ReSettings());
        var workflowName = engine.GetAllRegisteredWorkflowNames().Single();
        var expected = new List<List<RuleResultTree>>();
        foreach (var village in villages)
        {
            expected.Add(await engine.ExecuteAllRulesAsync(workflowName, village));
        }

        StarRater rater;
        try
        {
            rater = Factory.FromJson(json, "diff.json", DiffVillage.Columns);
        }
        catch (CriteriaException exception)
        {
            report.Disagreements.Add($"FiveStar rejected a workflow RulesEngine accepts:\n{exception.Message}\n{json}");
            return;
        }

        var batch = rater.CreateBatch(villages.Length);
        for (var v = 0; v < villages.Length; v++)
        {
            villages[v].AddTo(batch, $"v{v}");
        }

        var buffer = rater.CreateBuffer(villages.Length);
        rater.Rate(batch, buffer);
        for (var v = 0; v < villages.Length; v++)
        {
            foreach (var result in expected[v])
            {
                report.Rules++;
                var threw = !string.IsNullOrEmpty(result.ExceptionMessage) && !result.IsSuccess;
                report.Count(result.IsSuccess, threw);
                var index = rater.IndexOfCriterion(workflowName, result.Rule.RuleName);
                var state = buffer.GetState(v, index);
                if ((state == CriterionState.Passed) != result.IsSuccess)
                {
                    var explained = rater.Explain(batch, v, "en").Categories[0].Criteria.First(c => c.Id == result.Rule.RuleName);
                    report.Disagreements.Add(
                        $"rule {result.Rule.RuleName}, village {villages[v]}: RulesEngine IsSuccess={result.IsSuccess} ({result.ExceptionMessage}), " +
                        $"FiveStar {state} ({explained.Message})\n{json}");
                }
            }
        }
    }
}

/// <summary>What a differential run compared and where the engines disagreed.</summary>
internal sealed class DifferentialReport
{
    /// <summary>Constructs every run must reach at least once.</summary>
    public static readonly string[] Watched =
    [
        "GlobalParams", "LocalParams", "\"Operator\": \"And\"", "\"Operator\": \"AndAlso\"", "\"Operator\": \"Or\"", "\"Operator\": \"OrElse\"",
        " AND ", " and ", " && ", " OR ", " or ", " || ", "not (", "!(", " ? ", " / ", " * ", " - ", " + ",
        "Math.Abs(", "Math.Max(", "Math.Min(", "Math.Round(", "input1.a", "Input1.",
    ];

    public int Workflows { get; set; }

    public int Cases { get; set; }

    public int Rules { get; set; }

    public int Succeeded { get; private set; }

    public int Failed { get; private set; }

    public int Threw { get; private set; }

    public List<string> Disagreements { get; } = [];

    /// <summary>Gets how many workflows used each construct, to show the generator reaches them all.</summary>
    public SortedDictionary<string, int> Constructs { get; } = new(StringComparer.Ordinal);

    public void Count(bool succeeded, bool threw)
    {
        if (succeeded)
        {
            Succeeded++;
        }
        else if (threw)
        {
            Threw++;
        }
        else
        {
            Failed++;
        }
    }

    public string Describe()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{Disagreements.Count} disagreements; the first ones:");
        foreach (var disagreement in Disagreements.Take(5))
        {
            builder.AppendLine().AppendLine("----").Append(disagreement);
        }

        return builder.ToString();
    }
}
