using FiveStar.Rating;
using FiveStar.Tests.Support;

namespace FiveStar.Tests.Rating;

/// <summary>Prerequisites and capstones, vetoes of both scopes, and the level a scheme gives.</summary>
public class StarRaterPolicyTests
{
    private static string Category(string id, string expression, string extra = "") =>
        $$"""{ "id": "{{id}}", "name": { "zh": "{{id}}星", "en": "{{id}} star" }{{extra}}, "rules": [ { "id": "{{id}}_1", "expression": {{Documents.Quote(expression)}} } ] }""";

    private static string Document(IEnumerable<string> categories, string extra = "") => $$"""
    {
      "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测试", "en": "Test" },
      {{Documents.Indicators}},{{extra}}
      "categories": [ {{string.Join(",\n", categories)}} ]
    }
    """;

    [Fact]
    public void Rate_CapstoneDeclaredFirst_AwardedOnlyWithEveryPrerequisite()
    {
        // The strong-branch star comes only with the other stars, even though it is listed before them.
        var json = Document([
            Category("branch", "adviser", """, "requires": [ "industry", "safety" ]"""),
            Category("industry", "income >= 200000"),
            Category("safety", "petitions == 0"),
        ]);
        var rater = TestFactory.Rater(json);

        var ratings = TestFactory.RateAll(
            rater,
            ("all", Documents.Village()),
            ("no-industry", Documents.Village(income: 1000)),
            ("no-branch", Documents.Village(adviser: false)));

        Assert.Equal([true, true, true], ratings[0].Categories.Select(c => c.Awarded));
        Assert.Equal(3, ratings[0].Stars);

        var capstone = ratings[1].Categories[0];
        Assert.False(capstone.Awarded);
        Assert.Equal(CategoryOutcome.PrerequisiteNotMet, capstone.Outcome);
        Assert.Equal("requires first: industry star", capstone.Reason);
        Assert.All(capstone.Criteria, c => Assert.Equal(CriterionState.Passed, c.State));
        Assert.Equal(1, ratings[1].Stars);

        Assert.Equal(CategoryOutcome.CriteriaNotMet, ratings[2].Categories[0].Outcome);
        Assert.Equal(2, ratings[2].Stars);
    }

    [Fact]
    public void Rate_ChainOfPrerequisites_EachWaitsForTheOneBefore()
    {
        var json = Document([
            Category("gold", "toilets >= 90", """, "requires": [ "silver" ]"""),
            Category("silver", "toilets >= 60", """, "requires": [ "bronze" ]"""),
            Category("bronze", "income >= 200000"),
        ]);
        var rater = TestFactory.Rater(json);

        var ratings = TestFactory.RateAll(rater, ("a", Documents.Village(toilets: 95)), ("b", Documents.Village(income: 0, toilets: 95)));

        Assert.Equal(3, ratings[0].Stars);
        Assert.Equal(0, ratings[1].Stars);
        Assert.Equal(CategoryOutcome.PrerequisiteNotMet, ratings[1].Categories[0].Outcome);
        Assert.Equal(CategoryOutcome.PrerequisiteNotMet, ratings[1].Categories[1].Outcome);
        Assert.Equal(CategoryOutcome.CriteriaNotMet, ratings[1].Categories[2].Outcome);
    }

    [Fact]
    public void Load_PrerequisiteCycle_IsLoadError()
    {
        var json = Document([
            Category("a", "adviser", """, "requires": [ "b" ]"""),
            Category("b", "adviser", """, "requires": [ "a" ]"""),
        ]);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Contains("prerequisites form a cycle", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_CategoryVeto_RevokesOneStarAndShowsReason()
    {
        var json = Document(
            [Category("industry", "income >= 200000"), Category("safety", "petitions <= 5")],
            """
              "vetoes": [ { "id": "V_CRIME", "scope": "category", "category": "safety", "expression": "petitions >= 3",
                            "reason": { "zh": "发生群体性事件", "en": "a mass incident occurred" } } ],
            """);
        var rater = TestFactory.Rater(json);

        var ratings = TestFactory.RateAll(rater, ("clean", Documents.Village(petitions: 0)), ("vetoed", Documents.Village(petitions: 4)));

        Assert.Equal(2, ratings[0].Stars);
        Assert.Empty(ratings[0].Vetoes);

        var vetoed = ratings[1];
        Assert.Equal(1, vetoed.Stars);
        Assert.True(vetoed.Categories[0].Awarded);
        Assert.Equal(CategoryOutcome.Vetoed, vetoed.Categories[1].Outcome);
        Assert.Equal("vetoed: a mass incident occurred", vetoed.Categories[1].Reason);
        var veto = Assert.Single(vetoed.Vetoes);
        Assert.Equal(("V_CRIME", VetoScope.Category, VetoEffect.RevokeStar, "safety", "a mass incident occurred"), (veto.Id, veto.Scope, veto.Effect, veto.CategoryId, veto.Reason));
    }

    [Fact]
    public void Rate_RatingVetoVoid_RemovesEveryStarAndShowsReason()
    {
        var json = Document(
            [Category("industry", "income >= 200000"), Category("safety", "petitions <= 5"), Category("ecology", "toilets >= 80")],
            """
              "vetoes": [ { "id": "V_VOID", "scope": "rating", "effect": "void_rating", "expression": "NOT adviser",
                            "reason": { "zh": "班子成员违纪", "en": "a committee member broke discipline" } } ],
            """);
        var rater = TestFactory.Rater(json);

        var ratings = TestFactory.RateAll(rater, ("ok", Documents.Village()), ("void", Documents.Village(adviser: false)));

        Assert.Equal((3, 3), (ratings[0].Stars, ratings[0].Level));
        var voided = ratings[1];
        Assert.Equal((0, 0), (voided.Stars, voided.Level));
        Assert.All(voided.Categories, c =>
        {
            Assert.False(c.Awarded);
            Assert.Equal(CategoryOutcome.RatingVoided, c.Outcome);
            Assert.Equal("the whole rating was voided by a veto", c.Reason);
        });
        Assert.Equal("a committee member broke discipline", Assert.Single(voided.Vetoes).Reason);
        Assert.Equal(VetoEffect.VoidRating, voided.Vetoes[0].Effect);
    }

    [Fact]
    public void Rate_RatingVetoCapLevel_CapsLevelKeepsStars()
    {
        var json = Document(
            [Category("industry", "income >= 200000"), Category("safety", "petitions <= 5"), Category("ecology", "toilets >= 80")],
            """
              "vetoes": [ { "id": "V_CAP", "scope": "rating", "effect": "cap_level", "capLevel": 1, "expression": "petitions >= 2",
                            "reason": { "zh": "信访突出", "en": "too many petitions" } } ],
            """);
        var rater = TestFactory.Rater(json);

        var ratings = TestFactory.RateAll(rater, ("ok", Documents.Village()), ("capped", Documents.Village(petitions: 3)));

        Assert.Equal((3, 3), (ratings[0].Stars, ratings[0].Level));
        Assert.Equal((3, 1), (ratings[1].Stars, ratings[1].Level));
        var veto = Assert.Single(ratings[1].Vetoes);
        Assert.Equal((VetoScope.Rating, VetoEffect.CapLevel, "too many petitions"), (veto.Scope, veto.Effect, veto.Reason));
    }

    [Theory]
    [InlineData("""{ "id": "V", "scope": "category", "category": "nowhere", "expression": "adviser" }""", "not an enabled category")]
    [InlineData("""{ "id": "V", "scope": "rating", "effect": "cap_level", "expression": "adviser" }""", "needs capLevel")]
    [InlineData("""{ "id": "V", "scope": "rating", "effect": "cap_level", "capLevel": 9, "expression": "adviser" }""", "capLevel 9 is outside the levels")]
    [InlineData("""{ "id": "V", "scope": "category", "category": "industry", "effect": "void_rating", "expression": "adviser" }""", "can only revoke its star")]
    public void Load_InvalidVeto_IsLoadError(string veto, string expected)
    {
        var json = Document([Category("industry", "income >= 200000")], $"\n  \"vetoes\": [ {veto} ],");

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("V", diagnostic.CriterionId);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.vetoes[0]", diagnostic.JsonPath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Rate_StarCountScheme_LevelEqualsStars(int categories)
    {
        // A 5-star scheme and a 6-star one: criterion k of each category passes when toilets >= 10k.
        var json = Document(Enumerable.Range(1, categories).Select(k => Category($"c{k}", $"toilets >= {k * 10}")));
        var rater = TestFactory.Rater(json);

        var ratings = TestFactory.RateAll(rater, Enumerable.Range(0, categories + 1).Select(k => ($"v{k}", Documents.Village(toilets: k * 10))).ToArray());

        Assert.Equal(categories, rater.Categories.Count);
        Assert.Equal(Enumerable.Range(0, categories + 1), ratings.Select(r => r.Stars));
        Assert.Equal(Enumerable.Range(0, categories + 1), ratings.Select(r => r.Level));
    }

    [Theory]
    [InlineData(250000, 90, 0, 100, 3)]
    [InlineData(250000, 90, 1, 90, 3)]
    [InlineData(250000, 50, 0, 70, 2)]
    [InlineData(100000, 90, 0, 60, 1)]
    [InlineData(100000, 50, 1, 20, 0)]
    public void Rate_ScoreBandScheme_LevelFromTotalPoints(double income, double toilets, int petitions, double total, int level)
    {
        var json = Document(
            [
                """{ "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "award": { "rule": "points", "threshold": 40 }, "rules": [ { "id": "I1", "expression": "income >= 200000", "points": 40 } ] }""",
                """{ "id": "ecology", "name": { "zh": "生态", "en": "Ecology" }, "rules": [ { "id": "E1", "expression": "toilets >= 80", "points": 30 }, { "id": "E2", "expression": "adviser", "points": 20 } ] }""",
                """{ "id": "safety", "name": { "zh": "平安", "en": "Safety" }, "rules": [ { "id": "S1", "expression": "petitions == 0", "points": 10 } ] }""",
            ],
            """
              "level": { "mode": "score_bands", "bands": [ { "minScore": 60, "level": 1 }, { "minScore": 85, "level": 3 }, { "minScore": 70, "level": 2 } ] },
            """);
        var rater = TestFactory.Rater(json);

        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(income, toilets, petitions)))[0];

        Assert.Equal(total, rating.Categories.Sum(c => c.Points ?? 0));
        Assert.Equal(level, rating.Level);
        Assert.Equal(rating.Categories.Count(c => c.Awarded), rating.Stars);
    }
}
