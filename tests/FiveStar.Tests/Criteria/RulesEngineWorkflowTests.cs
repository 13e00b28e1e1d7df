using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Tests.Criteria;

/// <summary>
/// How each member of RulesEngine 6.0.1's Workflow and Rule is read (the table in docs/criteria-format.md): given its
/// meaning, or refused at load naming the member, the workflow and the rule. The standard categories are registered.
/// </summary>
public class RulesEngineWorkflowTests
{
    private static readonly StarRaterFactory Factory = StarRaterFactory.Create(b => b.AddStandardCategories());

    private static readonly VillageColumn[] Columns =
    [
        new("population", IndicatorType.Number),
        new("sanitary_toilet_coverage_pct", IndicatorType.Number),
        new("secretary_appraisal_grade", IndicatorType.Text),
        new("income", IndicatorType.Number),
        new("coop", IndicatorType.Boolean),
    ];

    public static TheoryData<string> StandardIds => new() { "industry_prosperity", "ecological_livable", "branch_strong", "safety_rule_of_law", "CIVILITY_HAPPINESS" };

    [Theory]
    [MemberData(nameof(StandardIds))]
    public void Load_WorkflowNamedAfterAStandardStar_HasOnlyItsOwnRules(string id)
    {
        var json = $$"""{ "WorkflowName": "{{id}}", "Rules": [ { "RuleName": "Big", "Expression": "input1.population > 1000" } ] }""";

        var rater = Factory.FromJson(json, "town.json", Columns);

        var category = Assert.Single(rater.Categories);
        Assert.Equal(id, category.Id);
        Assert.Null(category.Plugin);
        Assert.Equal(AwardRule.AllCriteria, category.Award);
        Assert.Empty(category.Requires);
        Assert.Equal("Big", Assert.Single(category.Criteria).Id);
        Assert.Empty(rater.Document.Parameters);
        Assert.Empty(rater.Document.Vetoes);
        Assert.Equal(1, rater.CriterionCount);
    }

    [Fact]
    public void Load_ColumnNamedAfterAPluginIndicator_TakesItsKindOfValueOnly()
    {
        // sanitary_toilet_coverage_pct is a percent from 0 to 100 in the ecological plug-in: in a RulesEngine file it is a
        // plain number, so comparing it with 150 is allowed; secretary_appraisal_grade (an enumeration) is plain text.
        const string json = """
        { "WorkflowName": "ecological_livable", "Rules": [
            { "RuleName": "Odd", "Expression": "input1.sanitary_toilet_coverage_pct < 150" },
            { "RuleName": "Grade", "Expression": "input1.secretary_appraisal_grade == \"gold\"" } ] }
        """;

        var rater = Factory.FromJson(json, "town.json", Columns);

        var toilets = rater.Schema.Indicators.Single(i => i.Id == "sanitary_toilet_coverage_pct");
        Assert.Equal(IndicatorType.Number, toilets.Type);
        Assert.Null(toilets.Minimum);
        Assert.Null(toilets.Maximum);
        Assert.Equal(IndicatorType.Text, rater.Schema.Indicators.Single(i => i.Id == "secretary_appraisal_grade").Type);
        Assert.False(rater.Schema.Indicators.Single(i => i.Id == "population").Required);
    }

    [Fact]
    public void Load_PluginHelperOrParameter_IsAnUnknownName()
    {
        const string json = """{ "WorkflowName": "industry_prosperity", "Rules": [ { "RuleName": "I1", "Expression": "input1.income >= min_collective_income_yuan" } ] }""";

        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "town.json", Columns));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("I1", diagnostic.CriterionId);
        Assert.Equal("town.json", diagnostic.File);
        Assert.Contains("min_collective_income_yuan", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WorkflowsToInject_AppendsTheInjectedRulesTransitively()
    {
        const string json = """
        [ { "WorkflowName": "Common", "Rules": [ { "RuleName": "C1", "Expression": "input1.coop" } ] },
          { "WorkflowName": "industry_prosperity", "WorkflowsToInject": [ "Common" ], "Rules": [ { "RuleName": "I1", "Expression": "input1.income > 5" } ] },
          { "WorkflowName": "branch_strong", "WorkflowRulesToInject": [ "industry_prosperity" ] } ]
        """;

        var rater = Factory.FromJson(json, "town.json", Columns);

        Assert.Equal(["C1"], rater.Categories[0].Criteria.Select(c => c.Id));
        Assert.Equal(["I1", "C1"], rater.Categories[1].Criteria.Select(c => c.Id));
        Assert.Equal(["I1", "C1"], rater.Categories[2].Criteria.Select(c => c.Id));
    }

    [Theory]
    [InlineData("""[ "A" ]""", "WorkflowsToInject forms a cycle: \"A\" → \"A\"")]
    [InlineData("""[ "B" ]""", "WorkflowsToInject forms a cycle: \"A\" → \"B\" → \"A\"")]
    public void Load_CyclicInjection_IsALoadErrorNamingTheCycle(string injectsFromA, string expected)
    {
        var json = $$"""
        [ { "WorkflowName": "A", "WorkflowsToInject": {{injectsFromA}}, "Rules": [ { "RuleName": "A1", "Expression": "input1.coop" } ] },
          { "WorkflowName": "B", "WorkflowsToInject": [ "A" ], "Rules": [ { "RuleName": "B1", "Expression": "input1.coop" } ] } ]
        """;

        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "town.json", Columns));

        var diagnostic = Assert.Single(exception.Diagnostics, d => d.Message.Contains("cycle", StringComparison.Ordinal));
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(diagnostic.Line);
        Assert.Contains("remove one of these injections", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"RuleExpressionType\": \"LambdaExpression\"")]
    [InlineData("\"RuleExpressionType\": 0")]
    [InlineData("\"WorkflowsToInject\": []")]
    [InlineData("\"Actions\": { }")]
    [InlineData("\"Actions\": { \"OnSuccess\": null, \"OnFailure\": null }")]
    [InlineData("\"SuccessEvent\": \"big\", \"Properties\": { \"owner\": \"town office\", \"weight\": 2 }")]
    public void Load_RuleMemberWithRulesEnginesMeaning_Loads(string member)
    {
        var json = $$"""{ "WorkflowName": "wf", "RuleExpressionType": "LambdaExpression", "Rules": [ { "RuleName": "R1", {{member}}, "Expression": "input1.coop" } ] }""";

        var rater = Factory.FromJson(json, "town.json", Columns);

        Assert.Equal(1, rater.CriterionCount);
    }

    [Fact]
    public void Load_SuccessEventAndProperties_AreKeptOnTheCriterion()
    {
        const string json = """{ "WorkflowName": "wf", "Rules": [ { "RuleName": "R1", "SuccessEvent": "big", "Properties": { "owner": "town office" }, "Expression": "input1.coop" } ] }""";

        var criterion = Assert.Single(Factory.FromJson(json, "town.json", Columns).Categories[0].Criteria);

        Assert.Equal("big", criterion.SuccessEvent);
        Assert.Equal("town office", criterion.Properties["owner"].GetString());
    }

    [Theory]
    [InlineData("\"RuleExpressionType\": \"Linq\"", "RuleExpressionType \"Linq\" of rule \"R1\" of workflow \"wf\"", "write \"LambdaExpression\"")]
    [InlineData("\"WorkflowsToInject\": [ \"other\" ]", "rule \"R1\" of workflow \"wf\" has WorkflowsToInject", "Put WorkflowsToInject on the workflow")]
    [InlineData("\"Actions\": { \"OnSuccess\": { \"Name\": \"SendMail\" } }", "Actions.OnSuccess of rule \"R1\" of workflow \"wf\" runs action \"SendMail\"", "Remove Actions")]
    [InlineData("\"Actions\": { \"OnFailure\": { \"Name\": \"OutputExpression\", \"Context\": { \"expression\": \"1\" } } }", "Actions.OnFailure of rule \"R1\" of workflow \"wf\" runs RulesEngine's OutputExpression", "LocalParams")]
    [InlineData("\"Points\": 5", "rule \"R1\" of workflow \"wf\" has \"points\"", "turn the file into a FiveStar criteria document")]
    [InlineData("\"Id\": \"R1\"", "rule \"R1\" of workflow \"wf\" has \"id\"", "the rule's id is its RuleName")]
    [InlineData("\"Name\": { \"zh\": \"收入\" }", "rule \"R1\" of workflow \"wf\" has \"name\"", "Remove it")]
    [InlineData("\"Provenance\": { \"status\": \"inferred\" }", "has \"provenance\"", "Remove it")]
    public void Load_RuleMemberFiveStarCannotHonour_IsALoadErrorWithLineRuleAndWhatToDo(string member, string expected, string advice)
    {
        var json = $$"""
        { "WorkflowName": "wf",
          "Rules": [
            { "RuleName": "R1", {{member}}, "Expression": "input1.coop" } ] }
        """;

        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "town.json", Columns));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("R1", diagnostic.CriterionId);
        Assert.Equal("town.json", diagnostic.File);
        Assert.True(diagnostic.Line == 3, diagnostic.ToString());
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(advice, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NestedRuleWithAnAction_NamesTheNestedRule()
    {
        const string json = """
        { "WorkflowName": "wf", "Rules": [ { "RuleName": "Both", "Operator": "And", "Rules": [
            { "RuleName": "Inner", "Expression": "input1.coop", "Actions": { "OnSuccess": { "Name": "OutputExpression" } } },
            { "RuleName": "Other", "Expression": "input1.coop" } ] } ] }
        """;

        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "town.json", Columns));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("Inner", diagnostic.CriterionId);
        Assert.True(diagnostic.Line == 2, diagnostic.ToString());
    }

    [Fact]
    public void Load_WorkflowExpressionTypeOtherThanLambda_IsALoadError()
    {
        const string json = """{ "WorkflowName": "wf", "RuleExpressionType": 3, "Rules": [ { "RuleName": "R1", "Expression": "input1.coop" } ] }""";

        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "town.json", Columns));

        Assert.Contains("RuleExpressionType 3 of workflow \"wf\"", Assert.Single(exception.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BothSpellingsOfWorkflowsToInject_IsALoadError()
    {
        const string json = """
        [ { "WorkflowName": "A", "Rules": [ { "RuleName": "A1", "Expression": "input1.coop" } ] },
          { "WorkflowName": "B", "WorkflowsToInject": [ "A" ], "WorkflowRulesToInject": [ "A" ], "Rules": [ { "RuleName": "B1", "Expression": "input1.coop" } ] } ]
        """;

        var exception = Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "town.json", Columns));

        Assert.Contains("keep WorkflowsToInject only", Assert.Single(exception.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TypoAndUnsafeExpressionInAWorkflowNamedAfterAStar_AreLoadErrorsWithFileLineAndRule()
    {
        const string json = """
        { "WorkflowName": "safety_rule_of_law", "Rules": [
            { "RuleName": "Typo", "Expresion": "input1.coop" } ] }
        """;
        const string unsafeJson = """
        { "WorkflowName": "safety_rule_of_law", "Rules": [
            { "RuleName": "Clock", "Expression": "DateTime.Now.Year > 2000" } ] }
        """;

        var typo = Assert.Single(Assert.Throws<CriteriaException>(() => Factory.FromJson(json, "town.json", Columns)).Diagnostics);
        var clock = Assert.Single(Assert.Throws<CriteriaException>(() => Factory.FromJson(unsafeJson, "town.json", Columns)).Diagnostics);

        Assert.True(typo.Line == 2, typo.ToString());
        Assert.Contains("unknown member 'Expresion'", typo.Message, StringComparison.Ordinal);
        Assert.True(clock.Line == 2 && clock.CriterionId == "Clock", clock.ToString());
        Assert.Contains("DateTime.Now", clock.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "workflow \"Town\" injects \"Bse\", which is not a workflow of this file", "in workflow \"Town\", which injects this rule from workflow \"Base\"")]
    [InlineData("zh", "工作流“Town”注入“Bse”，但本文件没有这个工作流", "在注入此规则的工作流“Town”中（规则来自工作流“Base”")]
    public void Load_InjectionProblems_AreReportedInTheLoadersLanguage(string language, string missing, string injected)
    {
        const string missingJson = """
        [ { "WorkflowName": "Base", "Rules": [ { "RuleName": "B1", "Expression": "input1.coop" } ] },
          { "WorkflowName": "Town", "WorkflowsToInject": [ "Bse" ], "Rules": [ { "RuleName": "T1", "Expression": "input1.coop" } ] } ]
        """;
        const string injectedJson = """
        [ { "WorkflowName": "Base", "GlobalParams": [ { "Name": "big", "Expression": "input1.income > 5" } ], "Rules": [ { "RuleName": "B1", "Expression": "big" } ] },
          { "WorkflowName": "Town", "WorkflowsToInject": [ "Base" ], "Rules": [ { "RuleName": "T1", "Expression": "input1.coop" } ] } ]
        """;
        var factory = new StarRaterFactory(Factory.Catalog, new CriteriaLoaderOptions { Language = Language.Parse(language) });

        var loadError = Assert.Throws<CriteriaException>(() => factory.FromJson(missingJson, "town.json", Columns));
        var compileError = Assert.Throws<CriteriaException>(() => factory.FromJson(injectedJson, "town.json", Columns));

        Assert.Contains(missing, Assert.Single(loadError.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Contains(injected, Assert.Single(compileError.Diagnostics).Message, StringComparison.Ordinal);
    }
}
