using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Rating;

/// <summary>Missing values and invalid village data.</summary>
public class StarRaterDataTests
{
    private static string Document(string missingValues = "", string award = """{ "rule": "all" }""") => $$"""
    {
      "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测试", "en": "Test" },{{missingValues}}
      {{Documents.Indicators}},
      "vetoes": [ { "id": "V1", "scope": "rating", "effect": "void_rating", "expression": "petitions > 100" } ],
      "categories": [
        { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "award": {{award}}, "rules": [
          { "id": "I1", "expression": "income >= 200000" },
          { "id": "I2", "expression": "toilets >= 80" } ] },
        { "id": "safety", "name": { "zh": "平安", "en": "Safety" }, "rules": [ { "id": "S1", "expression": "petitions == 0" } ] }
      ]
    }
    """;

    [Theory]
    [InlineData(2.0, 2.0, false)]
    [InlineData(0.0, 0.0, true)]
    [InlineData(3e10, int.MaxValue, false)]
    public void Rate_WholeNumberSet_IsStoredAndComparedAsTheCriteriaReadIt(double set, double stored, bool safetyMet)
    {
        // A whole number is a 32-bit integer to the criteria (as in RulesEngine); the batch stores it so, and the fused
        // path, which compares the stored double, agrees with the guarded path that converts it.
        var rater = TestFactory.Rater(Document());
        var batch = rater.CreateBatch();
        var row = batch.Add("v", "v");
        batch.Set(row, "income", 250000);
        batch.Set(row, "toilets", 90);
        batch.Set(row, "adviser", true);
        batch.Set(row, "grade", "competent");

        batch.Set(row, "petitions", set);
        var buffer = rater.CreateBuffer(1);
        rater.Rate(batch, buffer);

        Assert.Equal(stored, batch.Get(row, batch.Schema.IndexOf("petitions")));
        Assert.Equal(safetyMet, buffer.IsAwarded(0, 1));
        Assert.Equal(safetyMet, rater.RateRow(batch, 0, Language.Chinese).Categories[1].Awarded);
        Assert.Equal(set > 100, rater.RateRow(batch, 0, Language.Chinese).Vetoes.Count == 1);
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(-0.6)]
    [InlineData(2.9)]
    public void Set_FractionalWholeNumber_IsAProblemAsInTheReaders(double set)
    {
        var rater = TestFactory.Rater(Document());
        var batch = rater.CreateBatch();
        var row = batch.Add("v", "v");

        batch.Set(row, "petitions", set);

        var problem = Assert.Single(batch.GetProblems(row));
        Assert.Equal((DataProblemKind.InvalidValue, "petitions"), (problem.Kind, problem.Indicator));
        Assert.Equal($"petitions is \"{set.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"; expected a whole number", problem.Message);
        Assert.True(double.IsNaN(batch.Get(row, batch.Schema.IndexOf("petitions"))));
    }

    [Theory]
    [InlineData(1.0, true)]
    [InlineData(0.0, false)]
    public void Rate_BooleanSetAsOneOrZero_IsStoredAndReadAlike(double set, bool met)
    {
        // The fused path tests a stored true/false as "> 0.5"; that holds because only 1 and 0 are stored.
        var rater = TestFactory.Rater(Documents.OneCriterion("adviser"));
        var batch = rater.CreateBatch();
        var row = batch.Add("v", "v");
        batch.Set(row, "income", 250000);
        batch.Set(row, "toilets", 90);
        batch.Set(row, "petitions", 0);
        batch.Set(row, "grade", "competent");
        batch.Set(row, "adviser", set);
        var buffer = rater.CreateBuffer(1);
        rater.Rate(batch, buffer);

        Assert.Equal(met ? 1 : 0, batch.Get(row, batch.Schema.IndexOf("adviser")));
        Assert.Equal(met, buffer.GetState(0, 0) == CriterionState.Passed);
        Assert.Equal(met, rater.RateRow(batch, 0, Language.Chinese).Categories[0].Criteria[0].State == CriterionState.Passed);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(-3.0)]
    public void Set_BooleanAsOtherNumber_IsAProblemAsInTheReaders(double set)
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("adviser"));
        var batch = rater.CreateBatch();
        var row = batch.Add("v", "v");

        batch.Set(row, "adviser", set);
        var buffer = rater.CreateBuffer(1);
        rater.Rate(batch, buffer);

        var problem = Assert.Single(batch.GetProblems(row));
        Assert.Equal((DataProblemKind.InvalidValue, "adviser"), (problem.Kind, problem.Indicator));
        Assert.False(buffer.IsRated(0));
    }

    [Fact]
    public void Rate_InputMissing_CriterionIsMissingAndCountsAsNotMet()
    {
        var rater = TestFactory.Rater(Document());
        var values = Documents.Village();
        values["income"] = null;

        var rating = TestFactory.RateAll(rater, ("v", values))[0];

        var criterion = rating.Categories[0].Criteria[0];
        Assert.Equal(CriterionState.Missing, criterion.State);
        Assert.Equal("missing value: income", criterion.Message);
        Assert.Null(Assert.Single(criterion.Values).Value);
        Assert.Equal(CriterionState.Passed, rating.Categories[0].Criteria[1].State);
        Assert.False(rating.Categories[0].Awarded);
        Assert.Equal("criteria not met: I1", rating.Categories[0].Reason);
        Assert.True(rating.Categories[1].Awarded);
        Assert.True(rating.Rated);
    }

    [Fact]
    public void Rate_InputMissingInAtLeastRule_CountsAsNotMet()
    {
        var rater = TestFactory.Rater(Document(award: """{ "rule": "at_least", "count": 2 }"""));
        var values = Documents.Village();
        values["toilets"] = null;

        var rating = TestFactory.RateAll(rater, ("v", values))[0];

        Assert.False(rating.Categories[0].Awarded);
        Assert.StartsWith("1 of 2 criteria met", rating.Categories[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_MissingValuesMet_CriterionStaysMissingButCountsAsMet()
    {
        var rater = TestFactory.Rater(Document("\n  \"missingValues\": \"met\","));
        var values = Documents.Village(toilets: 10);
        values["income"] = null;

        var ratings = TestFactory.RateAll(rater, ("missing", values), ("failing", Documents.Village(income: 0)));

        Assert.Equal(CriterionState.Missing, ratings[0].Categories[0].Criteria[0].State);
        Assert.False(ratings[0].Categories[0].Awarded, "toilets still fails");
        var onlyMissing = Documents.Village();
        onlyMissing["income"] = null;
        Assert.True(TestFactory.RateAll(rater, ("v", onlyMissing))[0].Categories[0].Awarded);
        Assert.False(ratings[1].Categories[0].Awarded, "a value that is present and fails is not met");
    }

    [Fact]
    public void Rate_VetoInputMissing_VetoNotApplied()
    {
        var rater = TestFactory.Rater(Document());
        var values = Documents.Village();
        values["petitions"] = null;

        var rating = TestFactory.RateAll(rater, ("v", values))[0];

        Assert.Empty(rating.Vetoes);
        Assert.Equal(1, rating.Stars);
    }

    [Fact]
    public void Rate_VillageWithDataError_IsUnratedAndLeftOutOfSummary()
    {
        var rater = TestFactory.Rater(Document());
        var batch = rater.CreateBatch();
        foreach (var (id, income) in new[] { ("a", 300000.0), ("bad", 300000.0), ("c", 0.0) })
        {
            var row = batch.Add(id, id);
            batch.Set(row, "income", income);
            batch.Set(row, "toilets", 90);
            batch.Set(row, "petitions", 0);
            batch.Set(row, "adviser", true);
            batch.Set(row, "grade", "poor");
        }

        var problem = new DataProblem(DataProblemKind.InvalidValue, ProblemSeverity.Error, "toilets: 130 is above 100", "toilets", 3, 4);
        batch.AddProblem(1, problem);
        var buffer = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, buffer);
        var summary = new RatingSummaryBuilder(rater);
        summary.Add(batch, buffer);
        var result = summary.Build();

        Assert.Equal([true, false, true], Enumerable.Range(0, 3).Select(buffer.IsRated));
        var explained = rater.RateRow(batch, 1, Language.English);
        Assert.False(explained.Rated);
        Assert.Equal(problem, Assert.Single(explained.Problems));
        Assert.Equal(3, result.Villages);
        Assert.Equal(2, result.Rated);
        Assert.Equal(1, result.WithProblems);
        Assert.Equal(1, result.ByStars[2]);
        Assert.Equal(1, result.ByStars[1]);
        Assert.Equal(2, result.ByStars.Values.Sum());
        Assert.Equal(1, result.ByCategory["industry"]);
        Assert.Equal(2, result.ByCategory["safety"]);
    }

    [Fact]
    public void Rate_DataWarning_VillageStaysRatedAndCountsAsWithProblems()
    {
        var rater = TestFactory.Rater(Document());
        var batch = rater.CreateBatch();
        var row = batch.Add("a", "a");
        batch.Set(row, "income", 300000);
        batch.AddProblem(row, new DataProblem(DataProblemKind.InvalidValue, ProblemSeverity.Warning, "an extra column was ignored"));
        var buffer = rater.CreateBuffer(1);
        rater.Rate(batch, buffer);
        var summary = new RatingSummaryBuilder(rater);
        summary.Add(batch, buffer);

        Assert.True(buffer.IsRated(0));
        Assert.Equal((1L, 1L, 1L), (summary.Build().Villages, summary.Build().Rated, summary.Build().WithProblems));
    }

    [Fact]
    public void Set_UnknownEnumerationValue_RecordsProblemAndLeavesVillageUnrated()
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("grade == \"excellent\" OR income > 0"));
        var batch = rater.CreateBatch();
        var row = batch.Add("a", "a");
        batch.Set(row, "income", 1);

        batch.Set(row, "grade", "outstanding");
        var buffer = rater.CreateBuffer(1);
        rater.Rate(batch, buffer);

        var problem = Assert.Single(batch.GetProblems(row));
        Assert.Equal((DataProblemKind.InvalidValue, "grade"), (problem.Kind, problem.Indicator));
        Assert.Equal("grade is \"outstanding\"; expected one of excellent, competent, poor", problem.Message);
        Assert.False(buffer.IsRated(row));
    }

    [Fact]
    public void Rate_BrokenVillagesInBatch_OtherVillagesRateAsIfAlone()
    {
        var rater = TestFactory.Rater(Document());
        var batch = RandomVillages.Fill(rater, 500, seed: 7);
        var alone = RandomVillages.Fill(rater, 500, seed: 7);
        for (var row = 0; row < batch.Count; row += 10)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.InvalidValue, ProblemSeverity.Error, "broken"));
        }

        var buffer = rater.CreateBuffer(batch.Count);
        var aloneBuffer = rater.CreateBuffer(alone.Count);
        rater.Rate(batch, buffer);
        rater.Rate(alone, aloneBuffer);

        for (var row = 0; row < batch.Count; row++)
        {
            Assert.Equal(row % 10 != 0, buffer.IsRated(row));
            Assert.Equal(buffer.GetAwardedMask(row), aloneBuffer.GetAwardedMask(row));
        }
    }
}
