using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Tests.Support;
using FiveStar.Villages;

namespace FiveStar.Tests.Compilation.Binding;

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
    public void Compile_UnknownIndicatorInChinese_SaysSoInChineseWithTheSuggestion()
    {
        var factory = new StarRaterFactory(new FiveStar.Criteria.CategoryCatalog([]), new CriteriaLoaderOptions { Language = FiveStar.Text.Language.Chinese });

        var exception = Assert.Throws<CriteriaException>(() => factory.FromJson(Documents.OneCriterion("incom >= min_income"), "test.json"));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Contains("未知的指标或参数“incom”", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("是否想写 “income”", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TextConstantComparedWithABooleanField_IsLoadErrorNotACrash()
    {
        const string workflow = """
        [{ "WorkflowName": "Ecology", "Rules": [ { "RuleName": "Tank", "Expression": "input1.Tank == \"yes\"" } ] }]
        """;

        var exception = TestFactory.LoadError(workflow, [new VillageColumn("Tank", IndicatorType.Boolean)]);

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

        var exception = TestFactory.LoadError(workflow, [new VillageColumn("CollectiveIncome", IndicatorType.Number)]);

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

    /// <summary>Issue 17, class 1: <c>d1 = a + a</c>, <c>d2 = d1 + d1</c>, … <c>d20</c> once validated and then killed the process when scored.</summary>
    [Theory]
    [InlineData(20)]
    [InlineData(24)]
    public void Compile_DoublingChainOfDerivedIndicators_FailsAtLoadNamingTheIndicator(int levels)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();

        var exception = TestFactory.LoadError(DerivedChain(levels, i => $"d{i - 1} + d{i - 1}", $"d{levels} > 0"));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Contains("derived indicator 'd12' grows to 12,", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("MaxExpandedNodes", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("R", diagnostic.CriterionId);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"took {started.Elapsed}");
    }

    /// <summary>Issue 17, class 1: a chain of 25 derived indicators of 200 terms each, each reading the one before.</summary>
    [Fact]
    public void Compile_LongChainOfWideDerivedIndicators_FailsAtLoadForItsDepth()
    {
        var wide = string.Join(" + ", Enumerable.Repeat("a", 199));

        var exception = TestFactory.LoadError(DerivedChain(25, i => $"d{i - 1} + {wide}", "d25 > 0", first: wide + " + a"));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Matches("derived indicator 'd[0-9]+' nests [0-9,]+ operations deep", diagnostic.Message);
    }

    /// <summary>
    /// Issue 17, class 1: the guarded delegate for villages with missing values was compiled at the first such village, on
    /// the rating thread, where a deep tree overflowed its stack. Now everything is compiled (and run once) at load: rating
    /// on a thread with a small stack works for complete and incomplete villages alike.
    /// </summary>
    [Fact]
    public void Rate_DerivedChainWithinLimits_RatesMissingValuesOnASmallStack()
    {
        var rater = TestFactory.Rater(DerivedChain(10, i => $"d{i - 1} + d{i - 1}", "d10 > 1000"));
        IReadOnlyList<FiveStar.Rating.VillageRating>? ratings = null;
        var thread = new Thread(() => ratings = TestFactory.RateAll(rater, ("full", new() { ["a"] = 1.0 }), ("gap", new() { ["a"] = null })), 256 * 1024);

        thread.Start();
        thread.Join();

        Assert.NotNull(ratings);
        Assert.Equal([1, 0], ratings.Select(r => r.Stars));
        Assert.Equal(FiveStar.Rating.CriterionState.Missing, ratings[1].Categories[0].Criteria[0].State);
    }

    [Fact]
    public void Compile_DocumentOverItsTotalSize_FailsAtLoad()
    {
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { MaxDocumentNodes = 50 });

        var exception = Assert.Throws<CriteriaException>(() => factory.FromJson(DerivedChain(3, i => $"d{i - 1} + d{i - 1}", "d3 > 0 && d3 < 100 && d2 > 1"), "big.json"));

        Assert.Contains(exception.Diagnostics, d => d.Message.Contains("MaxDocumentNodes", StringComparison.Ordinal));
    }

    private static string DerivedChain(int levels, Func<int, string> expressionOf, string criterion, string first = "a + a")
    {
        var indicators = new List<string> { """{ "id": "a", "name": { "zh": "a", "en": "a" }, "type": "number" }""" };
        for (var i = 1; i <= levels; i++)
        {
            indicators.Add($$"""{ "id": "d{{i}}", "name": { "zh": "d", "en": "d" }, "type": "number", "expression": {{Documents.Quote(i == 1 ? first : expressionOf(i))}} }""");
        }

        return $$"""
        {
          "schemaVersion": "1.0", "id": "chain", "name": { "zh": "链", "en": "Chain" },
          "indicators": [ {{string.Join(",\n", indicators)}} ],
          "categories": [ { "id": "c", "name": { "zh": "c", "en": "c" }, "rules": [ { "id": "R", "expression": {{Documents.Quote(criterion)}} } ] } ]
        }
        """;
    }

    /// <summary>Issue 17, class 9: a character literal threw InvalidCastException from the load, naming no file or rule.</summary>
    [Fact]
    public void Compile_CharacterLiteral_IsLoadErrorAtTheCriterion()
    {
        var diagnostic = Assert.Single(TestFactory.LoadError(Documents.OneCriterion("petitions > 'a'", id: "P1")).Diagnostics);

        Assert.Equal("P1", diagnostic.CriterionId);
        Assert.Equal("$.categories[0].rules[0].expression", diagnostic.JsonPath);
        Assert.Contains("'a' in single quotes is a character", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>Issue 17, class 9: criteria that fail for every village loaded as valid and scored 0 stars with no message.</summary>
    [Theory]
    [InlineData("petitions / 0 > 0", "divides a whole number by zero (/ 0)")]
    [InlineData("petitions % 0 == 1", "divides a whole number by zero (% 0)")]
    [InlineData("petitions / -0 > 0", "divides a whole number by zero (/ 0)")]
    [InlineData("Math.Round(income, 100) > 0", "Math.Round fails whatever its values are (ArgumentOutOfRangeException")]
    public void Compile_CriterionThatFailsForEveryVillage_IsLoadError(string expression, string message)
    {
        var diagnostic = Assert.Single(TestFactory.LoadError(Documents.OneCriterion(expression)).Diagnostics);

        Assert.Equal("C1", diagnostic.CriterionId);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("petitions / 2 > 0")]
    [InlineData("income / 0 > 0")]
    [InlineData("petitions / min_income > 0")]
    [InlineData("Math.Round(income, 2) > 0")]
    [InlineData("Math.Sqrt(income) > 0")]
    [InlineData("Math.Max(petitions, 1) > 0")]
    public void Compile_CriterionThatCanPass_Loads(string expression)
    {
        var rater = TestFactory.Rater(Documents.OneCriterion(expression));

        Assert.Equal(1, rater.CriterionCount);
    }

    /// <summary>Issue 17, class 9: more than 65,535 columns for a RulesEngine file threw TypeLoadException.</summary>
    [Fact]
    public void Compile_RulesEngineFileOverDataWithTooManyColumns_IsLoadError()
    {
        const string workflow = """[{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "input1.c1 > 0" } ] }]""";
        var columns = Enumerable.Range(0, 65_536).Select(i => new VillageColumn($"c{i}", IndicatorType.Number)).ToArray();

        var diagnostic = Assert.Single(TestFactory.LoadError(workflow, columns).Diagnostics);

        Assert.Contains("65,536 indicators", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("65,000", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>Issue 17, class 10: the first Ctrl+C during a long compile was ignored; the compile now stops between criteria.</summary>
    [Fact]
    public void Compile_Cancelled_StopsWithOperationCanceled()
    {
        var factory = TestFactory.Create();
        var document = factory.Loader.LoadJson(Documents.OneCriterion("income > 0"), "test.json");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => factory.Compiler.Compile(document, null, cancellation.Token));
    }
}
