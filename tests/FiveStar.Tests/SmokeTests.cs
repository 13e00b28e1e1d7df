using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages;

namespace FiveStar.Tests;

public class SmokeTests
{
    private const string Document = """
    {
      "schemaVersion": "1.0",
      "id": "smoke",
      "name": { "zh": "测试", "en": "Smoke" },
      "indicators": [
        { "id": "income", "name": { "zh": "收入", "en": "Income" }, "type": "money", "min": 0 },
        { "id": "toilets", "name": { "zh": "卫生户厕", "en": "Toilets" }, "type": "percent" },
        { "id": "petitions", "name": { "zh": "上访", "en": "Petitions" }, "type": "integer", "min": 0 },
        { "id": "grade", "name": { "zh": "考核", "en": "Grade" }, "type": "enumeration", "values": [ { "id": "excellent" }, { "id": "competent" }, { "id": "poor" } ] },
        { "id": "adviser", "name": { "zh": "法律顾问", "en": "Adviser" }, "type": "boolean" }
      ],
      "parameters": [ { "id": "min_income", "value": 200000, "min": 0 } ],
      "categories": [
        { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [
          { "id": "I1", "expression": "income >= min_income", "errorMessage": "income $(income) below $(min_income)" } ] },
        { "id": "safety", "name": { "zh": "平安", "en": "Safety" }, "rules": [
          { "id": "S1", "expression": "petitions == 0" },
          { "id": "S2", "expression": "input1.adviser AND (grade == \"excellent\" OR grade == \"competent\")" } ] }
      ]
    }
    """;

    [Fact]
    public void Rate_SimpleDocument_AwardsStarsPerCategory()
    {
        var rater = TestFactory.Rater(Document);
        var ratings = TestFactory.RateAll(
            rater,
            ("a", new() { ["income"] = 250000, ["toilets"] = 90, ["petitions"] = 0, ["grade"] = "competent", ["adviser"] = true }),
            ("b", new() { ["income"] = 150000, ["toilets"] = 90, ["petitions"] = 1, ["grade"] = "excellent", ["adviser"] = true }),
            ("c", new() { ["income"] = null, ["toilets"] = 90, ["petitions"] = 0, ["grade"] = "poor", ["adviser"] = true }));

        Assert.Equal(2, ratings[0].Stars);
        Assert.Equal(0, ratings[1].Stars);
        Assert.Equal("income 150,000 below 200,000", ratings[1].Categories[0].Criteria[0].Message);
        Assert.Equal(CriterionState.Missing, ratings[2].Categories[0].Criteria[0].State);
        Assert.Equal(CriterionState.NotMet, ratings[2].Categories[1].Criteria[1].State);
    }

    [Fact]
    public void Compile_RulesEngineWorkflow_TakesFieldsFromData()
    {
        const string workflow = """
        [{ "WorkflowName": "Industry", "GlobalParams": [ { "Name": "ratio", "Expression": "input1.Income / 1000" } ],
           "Rules": [ { "RuleName": "R1", "Expression": "ratio > 100 AND input1.Coop" },
                      { "RuleName": "R2", "Operator": "OrElse", "Rules": [
                          { "RuleName": "R2a", "Expression": "input1.Income > 500000" },
                          { "RuleName": "R2b", "LocalParams": [ { "Name": "x", "Expression": "input1.Income * 2" } ], "Expression": "x > 300000" } ] } ] }]
        """;
        var columns = new[] { new VillageColumn("Income", IndicatorType.Number), new VillageColumn("Coop", IndicatorType.Boolean) };
        var rater = TestFactory.Rater(workflow, columns);
        var ratings = TestFactory.RateAll(rater, ("a", new() { ["Income"] = 160000, ["Coop"] = true }), ("b", new() { ["Income"] = 90000, ["Coop"] = true }));

        Assert.Equal(1, ratings[0].Stars);
        Assert.Equal(0, ratings[1].Stars);
    }
}
