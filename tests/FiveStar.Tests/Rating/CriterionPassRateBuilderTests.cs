using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Tests.Rating;

public class CriterionPassRateBuilderTests
{
    [Fact]
    public void Build_Hanzhuang_WeakestFirstWithTheTownsCounts()
    {
        var rater = Hanzhuang.Rater;
        var batch = Hanzhuang.Batch();
        var results = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, results);
        var builder = new CriterionPassRateBuilder(rater);

        builder.Add(batch, results);
        var rates = builder.Build();

        Assert.Equal(rater.CriterionCount, rates.Count);
        Assert.Equal(rates.OrderBy(r => r.Rate).Select(r => r.Rate), rates.Select(r => r.Rate));
        var weakest = rates[0];
        Assert.Equal(("industry_prosperity", "I4", 33L, 17L, 16L), (weakest.CategoryId, weakest.CriterionId, weakest.Villages, weakest.Passed, weakest.NotMet));
        Assert.Equal(17.0 / 33, weakest.Rate, 12);
        Assert.Equal("产业兴旺星", weakest.CategoryName.Zh);
        Assert.All(rates, r => Assert.Equal(r.Villages, r.Passed + r.NotMet + r.Missing + r.Errors));

        // Each count is the number of villages whose rating says that state for that criterion.
        var ratings = Enumerable.Range(0, batch.Count).Select(v => rater.RateRow(batch, v, Language.Chinese)).ToList();
        foreach (var rate in rates)
        {
            var states = ratings.Select(r => r.Categories.Single(c => c.Id == rate.CategoryId).Criteria.Single(c => c.Id == rate.CriterionId).State).ToList();
            Assert.Equal(states.Count(s => s == CriterionState.Passed), rate.Passed);
            Assert.Equal(states.Count(s => s == CriterionState.NotMet), rate.NotMet);
        }
    }

    [Fact]
    public void Add_RatingsAndBatches_GiveTheSameRates()
    {
        var rater = Hanzhuang.Rater;
        var batch = Hanzhuang.Batch(Hanzhuang.CsvWith("hz03", "collective_income_yuan", "lots"));
        var results = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, results);
        var fromBatch = new CriterionPassRateBuilder(rater);
        var fromRatings = new CriterionPassRateBuilder(rater);

        fromBatch.Add(batch, results);
        for (var v = 0; v < batch.Count; v++)
        {
            fromRatings.Add(rater.RateRow(batch, v, Language.Chinese));
        }

        var expected = fromBatch.Build();
        var actual = fromRatings.Build();
        Assert.Equal(
            expected.Select(r => (r.CriterionId, r.Villages, r.Passed, r.NotMet, r.Missing, r.Errors)),
            actual.Select(r => (r.CriterionId, r.Villages, r.Passed, r.NotMet, r.Missing, r.Errors)));

        // The village with broken data is left out, as in the summary.
        Assert.All(expected, r => Assert.Equal(32, r.Villages));
    }

    [Fact]
    public void Build_NoVillages_RatesAreZeroNotNaN()
    {
        var rates = new CriterionPassRateBuilder(Hanzhuang.Rater).Build();

        Assert.All(rates, r => Assert.Equal(0, r.Rate));
        Assert.Equal(Hanzhuang.Rater.Criteria.Select(c => c.Id), rates.Select(r => r.CriterionId));
    }
}
