using FiveStar.Tests.Support;

namespace FiveStar.Tests.Compilation.Sandbox;

public class ThresholdCheckerTests
{
    [Theory]
    [InlineData("toilets >= 130", "toilets with 130")]
    [InlineData("130 <= toilets", "toilets with 130")]
    [InlineData("toilets > -1", "toilets with -1")]
    [InlineData("income >= -5", "income with -5")]
    [InlineData("input1.toilets >= 130 AND income > 0", "toilets with 130")]
    public void Compile_ComparisonOutsideIndicatorRange_IsThresholdError(string expression, string expected)
    {
        var json = Documents.OneCriterion(expression, id: "ECO3");

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("ECO3", diagnostic.CriterionId);
        Assert.Equal("$.categories[0].rules[0].expression", diagnostic.JsonPath);
        Assert.Equal(Documents.Locate(json, "\"expression\""), (diagnostic.Line!.Value, diagnostic.Column!.Value));
        Assert.Contains("compares " + expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("outside its valid range", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("toilets >= 100")]
    [InlineData("toilets > 0")]
    [InlineData("petitions >= 0")]
    public void Compile_ComparisonAtRangeBoundary_Loads(string expression)
    {
        var rater = TestFactory.Rater(Documents.OneCriterion(expression));

        Assert.Equal(1, rater.CriterionCount);
    }
}
