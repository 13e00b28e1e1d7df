using FiveStar.Rating;
using FiveStar.Tests.Support;

namespace FiveStar.Tests.Rating;

public class StarRaterAwardTests
{
    private static string Document(string award, string rules) => $$"""
    {
      "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测试", "en": "Test" },
      {{Documents.Indicators}},
      "categories": [ { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "award": {{award}}, "rules": [ {{rules}} ] } ]
    }
    """;

    private const string ThreeCriteria = """
      { "id": "I1", "expression": "income >= 200000", "points": 50 },
      { "id": "I2", "expression": "toilets >= 80", "points": 30 },
      { "id": "I3", "expression": "petitions == 0", "points": 20 }
    """;

    [Theory]
    [InlineData(300000, 90, 0, true)]
    [InlineData(100000, 90, 0, false)]
    [InlineData(300000, 70, 0, false)]
    [InlineData(300000, 90, 2, false)]
    public void Rate_AllCriteriaRule_AwardsOnlyWhenEveryCriterionIsMet(double income, double toilets, int petitions, bool expected)
    {
        var rater = TestFactory.Rater(Document("""{ "rule": "all" }""", ThreeCriteria));

        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(income, toilets, petitions)))[0];

        Assert.Equal(expected, rating.Categories[0].Awarded);
        Assert.Equal(expected ? CategoryOutcome.Awarded : CategoryOutcome.CriteriaNotMet, rating.Categories[0].Outcome);
        Assert.Equal(expected ? 1 : 0, rating.Stars);
    }

    [Fact]
    public void Explain_AllCriteriaRuleNotMet_ReasonNamesTheFailedCriteria()
    {
        var rater = TestFactory.Rater(Document("""{ "rule": "all" }""", ThreeCriteria));

        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(income: 100000, toilets: 70)))[0];

        Assert.Equal("criteria not met: I1, I2", rating.Categories[0].Reason);
        Assert.Equal([CriterionState.NotMet, CriterionState.NotMet, CriterionState.Passed], rating.Categories[0].Criteria.Select(c => c.State));
    }

    [Fact]
    public void Rate_NoAwardGiven_DefaultsToAllCriteria()
    {
        var json = Document("""{ "rule": "all" }""", ThreeCriteria).Replace("\"award\": { \"rule\": \"all\" }, ", string.Empty, StringComparison.Ordinal);
        var rater = TestFactory.Rater(json);

        var ratings = TestFactory.RateAll(rater, ("pass", Documents.Village()), ("fail", Documents.Village(petitions: 1)));

        Assert.Equal([1, 0], ratings.Select(r => r.Stars));
    }

    [Theory]
    [InlineData(300000, 90, 0, true, 3)]
    [InlineData(300000, 90, 5, true, 2)]
    [InlineData(100000, 90, 5, false, 1)]
    [InlineData(100000, 10, 5, false, 0)]
    public void Rate_AtLeastRule_AwardsWhenCountIsReached(double income, double toilets, int petitions, bool expected, int met)
    {
        var rater = TestFactory.Rater(Document("""{ "rule": "at_least", "count": 2 }""", ThreeCriteria));

        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(income, toilets, petitions)))[0];

        Assert.Equal(expected, rating.Categories[0].Awarded);
        Assert.Equal(met, rating.Categories[0].Criteria.Count(c => c.State == CriterionState.Passed));
        if (!expected)
        {
            Assert.StartsWith($"{met} of 3 criteria met, 2 needed", rating.Categories[0].Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(300000, 90, 0, CategoryOutcome.Awarded, 100)]
    [InlineData(300000, 90, 3, CategoryOutcome.Awarded, 80)]
    [InlineData(300000, 70, 0, CategoryOutcome.PointsBelowThreshold, 70)]
    [InlineData(100000, 90, 0, CategoryOutcome.RequiredCriterionNotMet, 50)]
    public void Rate_PointsRuleWithRequiredCriterion_NeedsThresholdAndRequired(double income, double toilets, int petitions, CategoryOutcome outcome, double points)
    {
        var rater = TestFactory.Rater(Document("""{ "rule": "points", "threshold": 80, "required": [ "I1" ] }""", ThreeCriteria));

        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(income, toilets, petitions)))[0];

        Assert.Equal(outcome, rating.Categories[0].Outcome);
        Assert.Equal(outcome == CategoryOutcome.Awarded, rating.Categories[0].Awarded);
        Assert.Equal(points, rating.Categories[0].Points);
        Assert.Equal(rating.Categories[0].Criteria.Sum(c => c.Points ?? 0), points);
    }

    [Fact]
    public void Explain_RequiredCriterionMissedWithEnoughPoints_ReasonNamesIt()
    {
        // I2 + I3 + I4 = 85 points, above the threshold, but I1 is required.
        var rules = ThreeCriteria.Replace("\"points\": 50", "\"points\": 15", StringComparison.Ordinal) + """, { "id": "I4", "expression": "adviser", "points": 35 }""";
        var rater = TestFactory.Rater(Document("""{ "rule": "points", "threshold": 80, "required": [ "I1" ] }""", rules));

        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(income: 100000)))[0];

        Assert.Equal(85, rating.Categories[0].Points);
        Assert.Equal(CategoryOutcome.RequiredCriterionNotMet, rating.Categories[0].Outcome);
        Assert.Equal("required criteria not met: I1", rating.Categories[0].Reason);
    }

    [Fact]
    public void Explain_PointsBelowThreshold_ReasonGivesPoints()
    {
        var rater = TestFactory.Rater(Document("""{ "rule": "points", "threshold": 80 }""", ThreeCriteria));

        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(toilets: 10)))[0];

        Assert.Equal("70 points of 80 needed", rating.Categories[0].Reason);
    }
}
