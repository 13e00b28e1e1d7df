using FiveStar.Criteria;
using FiveStar.Rating;
using FiveStar.Text;
using RulesEngine.Models;

namespace FiveStar.Tests.Differential;

/// <summary>
/// The places where FiveStar deliberately answers differently from RulesEngine 6.0.1, each pinned against RulesEngine
/// itself so that the list in README.md stays true. Everywhere else the differential test holds them equal.
/// </summary>
public class RulesEngineIntendedDifferenceTests
{
    private static readonly StarRaterFactory Factory = new(new CategoryCatalog([]));

    private static readonly DiffVillage Village = new() { A = 10, B = 0, C = 3, I = 4, J = 0, K = 1, P = true, Q = false };

    [Theory]
    [InlineData("input1.A >", "syntax error")]
    [InlineData("input1.Aa > 1", "unknown indicator 'Aa'; did you mean 'A'")]
    [InlineData("input1.A + 1", "gives a number, but a criterion needs true or false")]
    public async Task InvalidExpression_RulesEngineFailsTheRuleForEveryVillage_FiveStarRejectsAtLoad(string expression, string fiveStarSays)
    {
        var json = Workflow(("Ok", "input1.P"), ("Broken", expression));

        var results = await Execute(json);
        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "wf.json", DiffVillage.Columns));

        Assert.True(results["Ok"].IsSuccess);
        Assert.False(results["Broken"].IsSuccess);
        Assert.StartsWith("Exception while parsing expression", results["Broken"].ExceptionMessage, StringComparison.Ordinal);
        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("Broken", diagnostic.CriterionId);
        Assert.Contains(fiveStarSays, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input1.GetType().Assembly.Location != \"\"", "GetType()")]
    [InlineData("DateTime.Now.Year > 2000", "DateTime.Now")]
    [InlineData("input1.ToString() != \"\"", "ToString()")]
    public async Task SandboxedConstruct_RulesEngineEvaluatesIt_FiveStarRejectsAtLoad(string expression, string construct)
    {
        var json = Workflow(("Escape", expression));

        var results = await Execute(json);
        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "wf.json", DiffVillage.Columns));

        Assert.True(results["Escape"].IsSuccess, results["Escape"].ExceptionMessage);
        Assert.Contains(construct, Assert.Single(exception.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleThatThrows_RulesEngineFailsIt_FiveStarReportsErrorNotNotMet()
    {
        var json = Workflow(("Divides", "input1.I / input1.J > 1"), ("Compares", "input1.I > 100"));

        var results = await Execute(json);
        var rater = Factory.FromJson(json, "wf.json", DiffVillage.Columns);
        var batch = rater.CreateBatch();
        Village.AddTo(batch, "v");
        var rating = rater.RateRow(batch, 0, Language.English);

        Assert.False(results["Divides"].IsSuccess);
        Assert.Contains("divide by zero", results["Divides"].ExceptionMessage, StringComparison.Ordinal);
        Assert.False(results["Compares"].IsSuccess);
        Assert.Equal(CriterionState.Error, rating.Categories[0].Criteria[0].State);
        Assert.Contains("DivideByZeroException", rating.Categories[0].Criteria[0].Message, StringComparison.Ordinal);
        Assert.Equal(CriterionState.NotMet, rating.Categories[0].Criteria[1].State);
    }

    [Fact]
    public async Task WorkflowsToInject_MissingWorkflow_RulesEngineThrowsWhenRun_FiveStarRejectsAtLoad()
    {
        const string json = """
        [ { "WorkflowName": "Base", "Rules": [ { "RuleName": "B1", "Expression": "input1.P" } ] },
          { "WorkflowName": "Town", "WorkflowsToInject": [ "base" ], "Rules": [ { "RuleName": "T1", "Expression": "input1.Q" } ] } ]
        """;

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteFile(json, "Town"));
        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "wf.json", DiffVillage.Columns));

        Assert.Contains("Could not find injected Workflow: base", thrown.Message, StringComparison.Ordinal);
        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("Town", diagnostic.CriterionId);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("workflow \"Town\" injects \"base\", which is not a workflow of this file", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Base'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkflowsToInject_RuleReachesAWorkflowTwice_RulesEngineThrowsWhenRun_FiveStarRejectsAtLoad()
    {
        const string json = """
        [ { "WorkflowName": "Base", "Rules": [ { "RuleName": "Shared", "Expression": "input1.P" } ] },
          { "WorkflowName": "Town", "WorkflowsToInject": [ "Base" ], "Rules": [ { "RuleName": "Shared", "Expression": "input1.Q" } ] } ]
        """;

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteFile(json, "Town"));
        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "wf.json", DiffVillage.Columns));

        Assert.Contains("same key", thrown.Message, StringComparison.Ordinal);
        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("Shared", diagnostic.CriterionId);
        Assert.Contains("rule \"Shared\" of workflow \"Base\" reaches workflow \"Town\" twice", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkflowsToInject_InjectedRuleUsesItsOwnWorkflowsGlobalParam_RulesEngineFailsTheRule_FiveStarRejectsAtLoad()
    {
        const string json = """
        [ { "WorkflowName": "Base", "GlobalParams": [ { "Name": "big", "Expression": "input1.A > 5" } ], "Rules": [ { "RuleName": "B1", "Expression": "big" } ] },
          { "WorkflowName": "Town", "WorkflowsToInject": [ "Base" ], "Rules": [ { "RuleName": "T1", "Expression": "input1.P" } ] } ]
        """;

        var inBase = await ExecuteFile(json, "Base");
        var inTown = await ExecuteFile(json, "Town");
        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "wf.json", DiffVillage.Columns));

        Assert.True(inBase["B1"].IsSuccess);
        Assert.False(inTown["B1"].IsSuccess);
        Assert.Contains("big", inTown["B1"].ExceptionMessage, StringComparison.Ordinal);
        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("B1", diagnostic.CriterionId);
        Assert.Equal(1, diagnostic.Line);
        Assert.Contains("in workflow \"Town\", which injects this rule from workflow \"Base\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'big'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "input1.A * 2" } } }""", "OnSuccess", "OutputExpression")]
    [InlineData("""{ "OnFailure": { "Name": "EvaluateRule", "Context": { "WorkflowName": "wf", "RuleName": "Other" } } }""", "OnFailure", "EvaluateRule")]
    public async Task Actions_RulesEngineRunsThemBesideTheResult_FiveStarRejectsAtLoad(string actions, string member, string action)
    {
        var json = $$"""{ "WorkflowName": "wf", "Rules": [ { "RuleName": "R1", "Expression": "input1.P", "Actions": {{actions}} }, { "RuleName": "Other", "Expression": "input1.Q" } ] }""";

        var results = await Execute(json);
        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "wf.json", DiffVillage.Columns));

        Assert.True(results["R1"].IsSuccess);
        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("R1", diagnostic.CriterionId);
        Assert.Contains($"Actions.{member} of rule \"R1\" of workflow \"wf\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(action, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Remove Actions", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownJsonMember_RulesEngineIgnoresIt_FiveStarRejectsAtLoad()
    {
        const string json = """{ "WorkflowName": "wf", "Rules": [ { "RuleName": "R1", "Expresion": "input1.P", "Expression": "input1.Q" } ] }""";

        var results = await Execute(json);
        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "wf.json", DiffVillage.Columns));

        Assert.False(results["R1"].IsSuccess);
        Assert.Contains("unknown member 'Expresion' in a rule", Assert.Single(exception.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemberNamesInOtherCase_RulesEngineDoesNotReadThem_FiveStarDoes()
    {
        // RulesEngine's string constructor reads member names case-sensitively; FiveStar reads them as the schema says, case-insensitively.
        const string json = """{ "WorkflowName": "wf", "Rules": [ { "RuleName": "R1", "expression": "input1.P" } ] }""";

        await Assert.ThrowsAnyAsync<Exception>(() => Execute(json));
        var rater = Factory.FromJson(json, "wf.json", DiffVillage.Columns);

        Assert.Equal(1, rater.CriterionCount);
    }

    private static string Workflow(params (string Name, string Expression)[] rules) =>
        $$"""{ "WorkflowName": "wf", "Rules": [ {{string.Join(", ", rules.Select(r => $$"""{ "RuleName": "{{r.Name}}", "Expression": {{System.Text.Json.JsonSerializer.Serialize(r.Expression)}} }"""))}} ] }""";

    private static async Task<Dictionary<string, RuleResultTree>> ExecuteFile(string json, string workflow)
    {
        var engine = new RulesEngine.RulesEngine(System.Text.Json.JsonSerializer.Deserialize<Workflow[]>(json)!, new ReSettings());
        var results = await engine.ExecuteAllRulesAsync(workflow, Village);
        return results.ToDictionary(r => r.Rule.RuleName);
    }

    private static async Task<Dictionary<string, RuleResultTree>> Execute(string json)
    {
        var engine = new RulesEngine.RulesEngine([json], new ReSettings());
        var results = await engine.ExecuteAllRulesAsync("wf", Village);
        return results.ToDictionary(r => r.Rule.RuleName);
    }
}
