using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages;
using RulesEngine.Models;

namespace FiveStar.Tests.Differential;

/// <summary>
/// RulesEngine workflows written in its own format, loaded unchanged by FiveStar and by RulesEngine 6.0.1; for seeded
/// random villages every rule must have the same outcome in both (FiveStar's state is Passed exactly when RulesEngine's
/// IsSuccess is true; a rule that throws is "not passed" in both).
/// </summary>
public class RulesEngineOracleTests
{
    private const string Workflows = """
    [
      {
        "WorkflowName": "Industry",
        "GlobalParams": [ { "Name": "perHousehold", "Expression": "input1.Income / input1.Households" } ],
        "Rules": [
          { "RuleName": "Income", "Expression": "input1.Income >= 200000 AND input1.Coop" },
          { "RuleName": "PerHousehold", "Expression": "perHousehold > 500 OR input1.Income > 400000" },
          { "RuleName": "Ternary", "Expression": "(input1.Coop ? input1.Income * 1.2 : input1.Income) > 250000" },
          { "RuleName": "MathRule", "Expression": "Math.Max(input1.Toilets, 50) - Math.Abs(input1.Toilets - 80) > 40" },
          { "RuleName": "Local", "LocalParams": [ { "Name": "share", "Expression": "input1.Toilets / 100" }, { "Name": "weighted", "Expression": "share * input1.Households" } ],
            "Expression": "weighted >= 300 && !(share < 0.5)" },
          { "RuleName": "Nested", "Operator": "OrElse", "Rules": [
              { "RuleName": "NestedA", "Expression": "input1.Petitions == 0 and input1.Toilets > 60" },
              { "RuleName": "NestedB", "Operator": "AndAlso", "Rules": [
                  { "RuleName": "NestedB1", "Expression": "input1.Coop" },
                  { "RuleName": "NestedB2", "Expression": "input1.Households / input1.Petitions > 100" } ] } ] }
        ]
      },
      {
        "WorkflowName": "Safety",
        "Rules": [
          { "RuleName": "IntDivision", "Expression": "input1.Households / input1.Petitions < 200" },
          { "RuleName": "DoubleDivision", "Expression": "input1.Income / input1.Petitions > 50000" },
          { "RuleName": "Not", "Expression": "not (input1.Petitions > 2)" },
          { "RuleName": "CaseInsensitive", "Expression": "INPUT1.petitions <= 1 OR input1.TOILETS >= 90" }
        ]
      }
    ]
    """;

    private static readonly VillageColumn[] Columns =
    [
        new("Income", IndicatorType.Number),
        new("Toilets", IndicatorType.Number),
        new("Petitions", IndicatorType.WholeNumber),
        new("Households", IndicatorType.WholeNumber),
        new("Coop", IndicatorType.Boolean),
    ];

    [Fact]
    public async Task Rate_RulesEngineWorkflows_AgreeWithRulesEngineRuleByRule()
    {
        var villages = Villages(seed: 2026, count: 600);
        var rater = TestFactory.Rater(Workflows, Columns);
        var batch = rater.CreateBatch(villages.Count);
        foreach (var (village, index) in villages.Select((v, i) => (v, i)))
        {
            var row = batch.Add($"v{index}", $"v{index}");
            batch.Set(row, "Income", village.Income);
            batch.Set(row, "Toilets", village.Toilets);
            batch.Set(row, "Petitions", village.Petitions);
            batch.Set(row, "Households", village.Households);
            batch.Set(row, "Coop", village.Coop);
        }

        var results = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, results);
        var workflows = System.Text.Json.JsonSerializer.Deserialize<Workflow[]>(Workflows)!;
        var engine = new RulesEngine.RulesEngine(workflows, new ReSettings { EnableFormattedErrorMessage = false, AutoExecuteActions = false });
        var disagreements = new List<string>();
        var outcomes = new HashSet<(string, bool)>();
        for (var v = 0; v < villages.Count; v++)
        {
            foreach (var workflow in workflows)
            {
                var expected = await engine.ExecuteAllRulesAsync(workflow.WorkflowName, new RuleParameter("input1", villages[v]));
                foreach (var rule in expected)
                {
                    var index = rater.IndexOfCriterion(workflow.WorkflowName, rule.Rule.RuleName);
                    var passed = results.GetState(v, index) == CriterionState.Passed;
                    outcomes.Add((rule.Rule.RuleName, rule.IsSuccess));
                    if (passed != rule.IsSuccess)
                    {
                        disagreements.Add($"village {v} {workflow.WorkflowName}/{rule.Rule.RuleName}: FiveStar {results.GetState(v, index)}, RulesEngine {rule.IsSuccess} ({rule.ExceptionMessage})");
                    }
                }
            }
        }

        Assert.Empty(disagreements);

        // The villages exercise both outcomes of every rule, so agreement is not agreement on a constant.
        foreach (var rule in rater.Criteria)
        {
            Assert.Contains((rule.Id, true), outcomes);
            Assert.Contains((rule.Id, false), outcomes);
        }
    }

    private static List<OracleVillage> Villages(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => new OracleVillage
        {
            Income = random.Next(0, 600_001),
            Toilets = Math.Round(random.NextDouble() * 100, 1),
            Petitions = random.Next(0, 4),
            Households = random.Next(100, 1_200),
            Coop = random.Next(2) == 1,
        }).ToList();
    }
}
