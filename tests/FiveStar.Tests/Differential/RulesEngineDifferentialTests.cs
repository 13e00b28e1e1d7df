using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FiveStar.Criteria;
using FiveStar.Plugins;
using FiveStar.Rating;
using FiveStar.Text;
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
    private const int InjectionCases = 1_200;
    private const int VillagesPerWorkflow = 12;

    /// <summary>The standard categories are registered, as in the CLI: their ids and indicators must change nothing.</summary>
    private static readonly StarRaterFactory Factory = StarRaterFactory.Create(b => b.AddStandardCategories());

    private static readonly string[] StandardIds = ["industry_prosperity", "ecological_livable", "branch_strong", "safety_rule_of_law", "civility_happiness"];

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
            var fields = random.Next(4) == 0 ? DiffFields.Letter : DiffFields.Random(random, Factory.Catalog);
            var json = new WorkflowGenerator(random, fields).Workflow(WorkflowName(random, $"wf{w}"));
            var villages = Enumerable.Range(0, VillagesPerWorkflow).Select(_ => DiffVillage.Random(random)).ToArray();
            await CompareAsync(json, fields, villages, report);
        }

        output.WriteLine(report.Summary(seed, stopwatch.Elapsed));
        Assert.True(report.Disagreements.Count == 0, report.Describe());
        Assert.True(report.Succeeded > report.Rules / 10 && report.Failed > report.Rules / 10, "the generator must produce rules that both pass and fail");
        Assert.True(report.Threw > 0, "the generator must divide integers by zero somewhere");
        Assert.All(DifferentialReport.Watched, c => Assert.True(report.Constructs.GetValueOrDefault(c) > 0, $"no workflow used {c}"));
        Assert.All(StandardIds, id => Assert.True(report.WorkflowNames.Contains(id), $"no workflow was named {id}"));
        Assert.True(report.WorkflowNames.Any(n => StandardIds.Contains(n, StringComparer.OrdinalIgnoreCase) && !StandardIds.Contains(n)), "no standard id was written in another letter case");
        Assert.True(report.PluginNamedFields > report.Workflows, "too few fields were named after plug-in indicators");
    }

    [Fact]
    public async Task ExecuteAllRules_RandomWorkflowsInjectingOthers_FiveStarAgreesRuleByRule()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FIVESTAR_DIFF_SEED"), out var s) ? s : 20261201;
        var random = new Random(seed);
        var stopwatch = Stopwatch.StartNew();
        var report = new DifferentialReport();

        for (var f = 0; report.Cases < InjectionCases; f++)
        {
            var fields = random.Next(3) == 0 ? DiffFields.Letter : DiffFields.Random(random, Factory.Catalog);
            var names = StandardIds.OrderBy(_ => random.Next()).Take(random.Next(2, 6)).Select(id => random.Next(2) == 0 ? id : DiffFields.AnyCase(random, id)).ToArray();
            var json = new WorkflowGenerator(random, fields).InjectingFile(names);
            var villages = Enumerable.Range(0, VillagesPerWorkflow).Select(_ => DiffVillage.Random(random)).ToArray();
            await CompareAsync(json, fields, villages, report);
        }

        output.WriteLine(report.Summary(seed, stopwatch.Elapsed));
        Assert.True(report.Disagreements.Count == 0, report.Describe());
        Assert.True(report.InjectedRules > report.Rules / 5, $"only {report.InjectedRules} of {report.Rules} rule results came from injected workflows");
        Assert.True(report.Succeeded > report.Rules / 10 && report.Failed > report.Rules / 10, "the generator must produce rules that both pass and fail");
    }

    /// <summary>A standard category id in some letter case, or another name.</summary>
    private static string WorkflowName(Random random, string other) => random.Next(3) switch
    {
        0 => other,
        1 => StandardIds[random.Next(StandardIds.Length)],
        _ => DiffFields.AnyCase(random, StandardIds[random.Next(StandardIds.Length)]),
    };

    /// <summary>
    /// Rates the villages with both engines and records every rule whose outcomes differ. Each workflow of the file is run
    /// by a RulesEngine of its own, read afresh: RulesEngine appends injected rules to the workflow each time it looks the
    /// workflow up, so a second workflow injecting the same one would otherwise see its rules twice.
    /// </summary>
    internal static async Task CompareAsync(string json, DiffFields fields, DiffVillage[] villages, DifferentialReport report)
    {
        var workflowNames = ReadWorkflows(json).Select(w => w.WorkflowName).ToArray();
        report.Workflows += workflowNames.Length;
        report.Cases += villages.Length * workflowNames.Length;
        report.PluginNamedFields += fields.PluginNamed;
        report.WorkflowNames.UnionWith(workflowNames);
        foreach (var construct in DifferentialReport.Watched.Where(c => json.Contains(c, StringComparison.Ordinal)))
        {
            report.Constructs[construct] = report.Constructs.GetValueOrDefault(construct) + 1;
        }

        var expected = new Dictionary<string, List<List<RuleResultTree>>>(StringComparer.Ordinal);
        foreach (var workflowName in workflowNames)
        {
            var engine = new RulesEngine.RulesEngine(ReadWorkflows(json), new ReSettings());
            var results = new List<List<RuleResultTree>>();
            foreach (var village in villages)
            {
                results.Add(await engine.ExecuteAllRulesAsync(workflowName, fields.ToInput(village)));
            }

            expected[workflowName] = results;
        }

        StarRater rater;
        try
        {
            rater = Factory.FromJson(json, "diff.json", fields.Columns);
        }
        catch (CriteriaException exception)
        {
            report.Disagreements.Add($"FiveStar rejected a workflow RulesEngine accepts ({fields}):\n{exception.Message}\n{json}");
            return;
        }

        var batch = rater.CreateBatch(villages.Length);
        for (var v = 0; v < villages.Length; v++)
        {
            fields.AddTo(batch, villages[v], $"v{v}");
        }

        var buffer = rater.CreateBuffer(villages.Length);
        rater.Rate(batch, buffer);
        foreach (var (workflowName, results) in expected)
        {
            var category = rater.Categories.Single(c => c.Id == workflowName);
            var ownRules = ReadWorkflows(json).Single(w => w.WorkflowName == workflowName).Rules?.Count() ?? 0;
            if (category.Criteria.Count != results[0].Count || category.Plugin is not null)
            {
                report.Disagreements.Add($"workflow {workflowName}: RulesEngine runs {results[0].Count} rules, FiveStar's category has {category.Criteria.Count} criteria (plug-in {category.Plugin ?? "none"})\n{json}");
                continue;
            }

            for (var v = 0; v < villages.Length; v++)
            {
                for (var r = 0; r < results[v].Count; r++)
                {
                    var result = results[v][r];
                    report.Rules++;
                    report.InjectedRules += r >= ownRules ? 1 : 0;
                    var threw = !string.IsNullOrEmpty(result.ExceptionMessage) && !result.IsSuccess;
                    report.Count(result.IsSuccess, threw);
                    var index = rater.IndexOfCriterion(workflowName, result.Rule.RuleName);
                    var state = index < 0 ? CriterionState.Missing : buffer.GetState(v, index);
                    if ((state == CriterionState.Passed) != result.IsSuccess)
                    {
                        var explained = index < 0 ? "no such criterion" : rater.RateRow(batch, v, Language.English).Categories.Single(c => c.Id == workflowName).Criteria.First(c => c.Id == result.Rule.RuleName).Message;
                        report.Disagreements.Add(
                            $"workflow {workflowName}, rule {result.Rule.RuleName}, village {villages[v]} ({fields}): RulesEngine IsSuccess={result.IsSuccess} ({result.ExceptionMessage}), " +
                            $"FiveStar {state} ({explained})\n{json}");
                    }
                }
            }
        }
    }

    private static Workflow[] ReadWorkflows(string json) => json.TrimStart().StartsWith('[')
        ? JsonSerializer.Deserialize<Workflow[]>(json)!
        : [JsonSerializer.Deserialize<Workflow>(json)!];
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

    public int PluginNamedFields { get; set; }

    public int InjectedRules { get; set; }

    public HashSet<string> WorkflowNames { get; } = new(StringComparer.Ordinal);

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

    public string Summary(int seed, TimeSpan elapsed) => string.Join(
        Environment.NewLine,
        FormattableString.Invariant($"seed {seed}: {Workflows} workflows, {Cases} workflow×village cases, {Rules} rule results ({InjectedRules} injected) compared in {elapsed.TotalSeconds:0.0} s"),
        FormattableString.Invariant($"RulesEngine outcomes: {Succeeded} succeeded, {Failed} failed, {Threw} threw (FiveStar: error); {PluginNamedFields} fields named after plug-in indicators"),
        "workflow names: " + string.Join(", ", WorkflowNames.Order(StringComparer.Ordinal).Take(40)),
        "workflows using: " + string.Join(", ", Constructs.Select(c => $"{c.Key} {c.Value}")));

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
