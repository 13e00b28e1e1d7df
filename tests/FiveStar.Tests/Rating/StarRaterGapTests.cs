using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using Language = FiveStar.Text.Language;

namespace FiveStar.Tests.Rating;

/// <summary>Gap to the next star: thresholds from the compiled criteria, prerequisites and vetoes respected.</summary>
public class StarRaterGapTests
{
    [Fact]
    public void Gap_VillageHoldingOnlySafetyAndCivility_AdvisesAPrerequisiteNotTheStrongBranchStar()
    {
        // 南张贾村 holds 平安法治星 and 文明幸福星 only; 支部过硬星 requires the other four.
        var batch = Hanzhuang.Batch();
        var row = Enumerable.Range(0, batch.Count).Single(r => batch.GetId(r) == "hz11");
        var rating = Hanzhuang.Rater.RateRow(batch, row, Language.Chinese);
        Assert.Equal(["safety_rule_of_law", "civility_happiness"], rating.Categories.Where(c => c.Awarded).Select(c => c.Id));

        var gap = Hanzhuang.Rater.Gap(rating, Language.Chinese);

        Assert.NotNull(gap.Next);
        Assert.Contains(gap.Next.CategoryId, new[] { "industry_prosperity", "ecological_livable" });
        Assert.Equal(StarGapStatus.Attainable, gap.Next.Status);
        var capstone = gap.Missing.Single(g => g.CategoryId == "branch_strong");
        Assert.Equal(StarGapStatus.NeedsPrerequisites, capstone.Status);
        Assert.Equal(["industry_prosperity", "ecological_livable"], capstone.MissingPrerequisites);
        Assert.Equal("须先获得：产业兴旺星、生态宜居星", capstone.Blocker);
        Assert.Equal("branch_strong", gap.Missing[^1].CategoryId);
    }

    [Fact]
    public void Gap_EveryHanzhuangVillage_NextIsAlwaysAStarItCanEarn()
    {
        var batch = Hanzhuang.Batch();
        var nothingToAdvise = new List<string>();
        for (var row = 0; row < batch.Count; row++)
        {
            var rating = Hanzhuang.Rater.RateRow(batch, row, Language.English);
            var gap = Hanzhuang.Rater.Gap(rating, Language.English);
            var held = rating.Categories.Where(c => c.Awarded).Select(c => c.Id).ToHashSet();

            Assert.Equal(rating.Categories.Count(c => !c.Awarded), gap.Missing.Count);
            if (gap.Next is null)
            {
                nothingToAdvise.Add(rating.Id);
                Assert.All(gap.Missing, m => Assert.NotEqual(StarGapStatus.Attainable, m.Status));
            }

            if (gap.Next is { } next)
            {
                var definition = Hanzhuang.Rater.Categories.Single(c => c.Id == next.CategoryId);
                Assert.All(definition.Requires, r => Assert.Contains(r, held));
                Assert.DoesNotContain(rating.Vetoes, v => v.CategoryId == next.CategoryId);
                Assert.Same(gap.Missing[0], next);
            }
        }

        // 部落村 holds every star; 牛屯村 and 孙家庄村 lack only 平安法治星, vetoed for the year, and 支部过硬星, which needs it.
        Assert.Equal(["hz02", "hz17", "hz18"], nothingToAdvise);
    }

    [Fact]
    public void Gap_StarRemovedByAVeto_IsVetoedAndNeverNext()
    {
        // A criminal case vetoes 平安法治星 for 南张贾村, which otherwise holds it.
        var batch = Hanzhuang.Batch(Hanzhuang.CsvWith("hz11", "criminal_case_count", "1"));
        var row = Enumerable.Range(0, batch.Count).Single(r => batch.GetId(r) == "hz11");
        var rating = Hanzhuang.Rater.RateRow(batch, row, Language.English);

        var gap = Hanzhuang.Rater.Gap(rating, Language.English);

        var safety = gap.Missing.Single(g => g.CategoryId == "safety_rule_of_law");
        Assert.Equal(StarGapStatus.Vetoed, safety.Status);
        Assert.Equal(["three_zero_breach"], safety.Vetoes);
        Assert.StartsWith("vetoed: ", safety.Blocker, StringComparison.Ordinal);
        Assert.NotEqual("safety_rule_of_law", gap.Next?.CategoryId);
        Assert.True(gap.Missing.ToList().IndexOf(safety) > gap.Missing.ToList().IndexOf(gap.Next!));
    }

    [Fact]
    public void Gap_RatingVoided_NoStarIsNext()
    {
        var json = Document(
            """{ "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [ { "id": "I1", "expression": "income >= min_income" } ] }""",
            """, "vetoes": [ { "id": "V1", "name": { "zh": "否决", "en": "Veto" }, "expression": "petitions > 5", "scope": "rating", "effect": "void_rating", "reason": { "zh": "上访过多", "en": "too many petitions" } } ]""");
        var rater = TestFactory.Rater(json);
        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(income: 100, petitions: 9)))[0];

        var gap = rater.Gap(rating, Language.English);

        Assert.Null(gap.Next);
        Assert.Equal(StarGapStatus.RatingVoided, gap.Missing.Single().Status);
        Assert.Equal("the whole rating is voided by a veto: too many petitions", gap.Missing.Single().Blocker);
    }

    [Fact]
    public void Gap_ThresholdFromAParameter_ComesFromTheCompiledValue()
    {
        // 七里铺村: I1 compares collective income with the town's min_collective_income_yuan, 100,000 in Hanzhuang's document.
        var batch = Hanzhuang.Batch();
        var row = Enumerable.Range(0, batch.Count).Single(r => batch.GetId(r) == "hz12");
        var rating = Hanzhuang.Rater.RateRow(batch, row, Language.English);

        var gap = Hanzhuang.Rater.Gap(rating, Language.English);

        var industry = gap.Missing.Single(g => g.CategoryId == "industry_prosperity");
        var shortfall = industry.Criteria.Single(c => c.CriterionId == "I1").Shortfalls.Single();
        Assert.Equal("collective_income_yuan", shortfall.IndicatorId);
        Assert.Equal(ComparisonKind.AtLeast, shortfall.Comparison);
        Assert.Equal(36000, shortfall.Actual);
        Assert.Equal(100000, shortfall.Target);
        Assert.Equal("min_collective_income_yuan", shortfall.ParameterId);
        Assert.Equal(64000, shortfall.Difference);
        Assert.Equal("Village collective income 36,000 of 100,000 yuan per year: 64,000 short", industry.Criteria.Single(c => c.CriterionId == "I1").Detail);
    }

    [Theory]
    [InlineData("petitions < 2", 3.0, "petitions", ComparisonKind.LessThan, 2.0, 2.0)]
    [InlineData("petitions <= 2", 3.0, "petitions", ComparisonKind.AtMost, 2.0, 1.0)]
    [InlineData("2 > petitions", 3.0, "petitions", ComparisonKind.LessThan, 2.0, 2.0)]
    [InlineData("!(toilets < 95)", 3.0, "toilets", ComparisonKind.AtLeast, 95.0, 5.0)]
    [InlineData("not (income >= 200000 OR toilets <= 80)", 3.0, "income", ComparisonKind.LessThan, 200000.0, 50000.0)]
    [InlineData("income >= 300000 || toilets >= 92", 3.0, "toilets", ComparisonKind.AtLeast, 92.0, 2.0)]
    [InlineData("income >= 260000 || toilets >= 99", 3.0, "income", ComparisonKind.AtLeast, 260000.0, 10000.0)]
    [InlineData("income > min_income * 2", 3.0, null, ComparisonKind.AtLeast, 0.0, null)]
    public void Gap_Comparison_MeasuresTheFailedPart(string expression, double petitions, string? indicator, ComparisonKind comparison, double target, double? difference)
    {
        var rater = TestFactory.Rater(Documents.OneCriterion(expression));
        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(income: 250000, toilets: 90, petitions: (int)petitions)))[0];

        var criterion = rater.Gap(rating, Language.English).Next!.Criteria.Single();

        if (indicator is null)
        {
            // Not an indicator against a threshold: no shortfall is made up, the criterion's message stands.
            Assert.Empty(criterion.Shortfalls);
            Assert.Equal(rating.Categories[0].Criteria[0].Message, criterion.Detail);
            return;
        }

        var shortfall = Assert.Single(criterion.Shortfalls);
        Assert.Equal((indicator, comparison, target, difference), (shortfall.IndicatorId, shortfall.Comparison, shortfall.Target!.Value, shortfall.Difference));
    }

    [Fact]
    public void Gap_FlagAndEnumeration_SayWhatIsLacking()
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("adviser AND grade == \"excellent\""));
        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(adviser: false, grade: "competent")))[0];

        var english = rater.Gap(rating, Language.English).Next!.Criteria.Single();
        var chinese = rater.Gap(rating, Language.Chinese).Next!.Criteria.Single();

        Assert.Equal(2, english.Shortfalls.Count);
        Assert.Equal(("adviser", 0.0, 1.0), (english.Shortfalls[0].IndicatorId, english.Shortfalls[0].Actual!.Value, english.Shortfalls[0].Target!.Value));
        Assert.Equal(("grade", "competent", "excellent"), (english.Shortfalls[1].IndicatorId, english.Shortfalls[1].ActualText, english.Shortfalls[1].TargetText));
        Assert.Equal("lacks: Adviser; Grade is competent, must be excellent", english.Detail);
        Assert.Equal("尚无：法律顾问；考核 为 competent，应为 excellent", chinese.Detail);
    }

    [Fact]
    public void Gap_AtLeastRule_ListsOnlyTheCheapestCriteriaThatSuffice()
    {
        var json = Document("""
            { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "award": { "rule": "at_least", "count": 2 }, "rules": [
              { "id": "A", "expression": "income >= 1000000" },
              { "id": "B", "expression": "toilets >= 95" },
              { "id": "C", "expression": "petitions == 0" } ] }
            """);
        var rater = TestFactory.Rater(json);
        var rating = TestFactory.RateAll(rater, ("v", Documents.Village(income: 250000, toilets: 90, petitions: 0)))[0];

        var next = rater.Gap(rating, Language.English).Next!;

        Assert.Equal(1, next.CriteriaToFix);
        Assert.Equal("B", Assert.Single(next.Criteria).CriterionId);
    }

    [Fact]
    public void Gap_RatingOfAnotherDocument_Throws()
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("income >= 1"));
        var batch = Hanzhuang.Batch();

        Assert.Throws<ArgumentException>(() => rater.Gap(Hanzhuang.Rater.RateRow(batch, 0, Language.English), Language.English));
    }

    private static string Document(string category, string extra = "") => $$"""
    {
      "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测试", "en": "Test" },
      {{Documents.Indicators}},
      "parameters": [ { "id": "min_income", "value": 200000, "min": 0, "max": 10000000 } ],
      "categories": [ {{category}} ]{{extra}}
    }
    """;
}
