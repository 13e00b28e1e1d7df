using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Plugins;
using FiveStar.Tests.Support;
using FiveStar.Villages;

namespace FiveStar.Tests.Compilation;

public class ExpressionBinderTests
{
    [Fact]
    public void Compile_SyntaxError_ReportsPositionCriterionAndLocation()
    {
        var json = Documents.OneCriterion("income >= AND toilets > 50", id: "I7");

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("test.json", diagnostic.File);
        Assert.Equal("I7", diagnostic.CriterionId);
        Assert.Equal("$.categories[0].rules[0].expression", diagnostic.JsonPath);
        Assert.Equal(Documents.Locate(json, "\"expression\""), (diagnostic.Line!.Value, diagnostic.Column!.Value));
        Assert.StartsWith("syntax error (at character", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("income >= AND toilets > 50", diagnostic.Expression);
    }

    [Fact]
    public void Compile_UnknownIndicator_SuggestsNearestName()
    {
        var diagnostic = Assert.Single(TestFactory.LoadError(Documents.OneCriterion("incom >= min_income")).Diagnostics);

        Assert.Equal("C1", diagnostic.CriterionId);
        Assert.Contains("unknown indicator or parameter 'incom'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'income'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TextConstantComparedWithABooleanField_IsLoadErrorNotACrash()
    {
        const string workflow = """
        [{ "WorkflowName": "Ecology", "Rules": [ { "RuleName": "Tank", "Expression": "input1.Tank == \"yes\"" } ] }]
        """;

        var exception = TestFactory.LoadError(workflow, [new DataColumn("Tank", IndicatorType.Boolean)]);

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("Tank", diagnostic.CriterionId);
        Assert.Contains("compare true/false indicators with true or false", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_UnknownFieldInRulesEngineWorkflow_IsLoadErrorWithSuggestion()
    {
        const string workflow = """
        [{ "WorkflowName": "Industry", "Rules": [ { "RuleName": "R1", "Expression": "input1.CollectiveIncom > 100" } ] }]
        """;

        var exception = TestFactory.LoadError(workflow, [new DataColumn("CollectiveIncome", IndicatorType.Number)]);

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("R1", diagnostic.CriterionId);
        Assert.Contains("'CollectiveIncom'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'CollectiveIncome'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Documents.Locate(workflow, "\"Expression\""), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Theory]
    [InlineData("income + 1", "gives a number")]
    [InlineData("petitions * 2", "gives a whole number")]
    [InlineData("grade", "gives a text")]
    public void Compile_ExpressionThatIsNotTrueOrFalse_ReportsTypeMismatch(string expression, string expected)
    {
        var diagnostic = Assert.Single(TestFactory.LoadError(Documents.OneCriterion(expression)).Diagnostics);

        Assert.Equal("C1", diagnostic.CriterionId);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TextComparedWithUnknownEnumerationValue_ListsValues()
    {
        var diagnostic = Assert.Single(TestFactory.LoadError(Documents.OneCriterion("grade == \"good\"")).Diagnostics);

        Assert.Contains("\"good\" is not a value of 'grade'; expected one of: excellent, competent, poor", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5_000, '(')]
    [InlineData(5_000, '!')]
    [InlineData(5_000, '-')]
    public void Compile_ExpressionNestedThousandsDeep_FailsWithLimitNotStackOverflow(int depth, char nesting)
    {
        var expression = nesting == '('
            ? new string('(', depth) + "income > 0" + new string(')', depth)
            : nesting == '!' ? new string('!', depth) + "(income > 0)" : new string('-', depth) + "income > 0";

        // With the default length limit the expression is refused for its length ...
        Assert.Contains(TestFactory.LoadError(Documents.OneCriterion(expression)).Diagnostics, d => d.Message.Contains("MaxExpressionLength", StringComparison.Ordinal));

        // ... and with the length limit lifted, for its nesting, in time.
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { MaxExpressionLength = 1_000_000 });
        var exception = Assert.Throws<CriteriaException>(() => factory.FromJson(Documents.OneCriterion(expression, id: "DEEP"), "deep.json"));
        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("DEEP", diagnostic.CriterionId);
        Assert.Contains("MaxExpressionNesting", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5_000, '(')]
    [InlineData(5_000, '!')]
    [InlineData(5_000, 'n')]
    public void Compile_NestingLimitRaisedFarAboveDefault_StillFailsCleanlyOrLoads(int depth, char nesting)
    {
        // Someone may configure huge limits; the compiler must still end in a result or a CriteriaException, never crash.
        var expression = nesting switch
        {
            '(' => new string('(', depth) + "income > 0" + new string(')', depth),
            '!' => new string('!', depth) + "(income > 0)",
            _ => string.Concat(Enumerable.Repeat("not ", depth)) + "(income > 0)",
        };
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { MaxExpressionLength = 1_000_000, MaxExpressionNesting = 100_000 });

        try
        {
            var rater = factory.FromJson(Documents.OneCriterion(expression), "deep.json");
            var rating = TestFactory.RateAll(rater, ("a", Documents.Village()))[0];
            Assert.Equal(nesting == '(' ? 1 : 0, rating.Stars);
        }
        catch (CriteriaException exception)
        {
            Assert.Contains(exception.Diagnostics, d => d.CriterionId == "C1");
        }
    }

    [Fact]
    public void Compile_LongFlatChainOfOperations_FailsWithTreeDepthLimit()
    {
        var expression = string.Join(" + ", Enumerable.Repeat("income", 300)) + " > 0";

        var diagnostic = Assert.Single(TestFactory.LoadError(Documents.OneCriterion(expression)).Diagnostics);

        Assert.Contains("nests deeper than 256 operations", diagnostic.Message, StringComparison.Ordinal);
    }
}
