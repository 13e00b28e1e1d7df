using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Samples;

/// <summary>The bundled Hanzhuang sample reproduces the figures the town published for 2022.</summary>
public class HanzhuangSampleTests
{
    [Fact]
    public void Rate_Hanzhuang2022_ReproducesThePublishedSummary()
    {
        var (rater, batch, results) = Rate();
        var summaryBuilder = new RatingSummaryBuilder(rater);
        summaryBuilder.Add(batch, results);
        var summary = summaryBuilder.Build();

        Assert.Equal(33, summary.Villages);
        Assert.Equal(33, summary.Rated);
        Assert.Equal(0, summary.WithProblems);
        Assert.Equal(17, summary.ByCategory["industry_prosperity"]);
        Assert.Equal(27, summary.ByCategory["civility_happiness"]);
        Assert.Equal(27, summary.ByCategory["safety_rule_of_law"]);
        Assert.Equal(16, summary.ByCategory["ecological_livable"]);
        Assert.Equal(1, summary.ByCategory["branch_strong"]);
        Assert.Equal(1, summary.ByStars[5]);
        Assert.Equal(4, summary.ByStars[4]);
        Assert.Equal(15, summary.ByStars[3]);
        Assert.Equal(11, summary.ByStars[2]);
        Assert.Equal(0, summary.ByStars[1]);
        Assert.Equal(2, summary.ByStars[0]);
    }

    [Fact]
    public void Rate_Hanzhuang2022_TheWeakVillagesHoldNoStarAndBuluoIsFiveStar()
    {
        var (rater, batch, results) = Rate();
        var stars = Enumerable.Range(0, batch.Count).ToDictionary(batch.GetName, results.GetStars);

        Assert.Equal(0, stars["七里铺村"]);
        Assert.Equal(0, stars["西冢上村"]);
        Assert.Equal(5, stars["部落村"]);
        Assert.Equal(5, rater.RateRow(batch, Enumerable.Range(0, batch.Count).Single(r => batch.GetName(r) == "部落村"), Language.Chinese).Stars);
    }

    private static (StarRater Rater, global::FiveStar.Villages.VillageBatch Batch, RatingBuffer Results) Rate()
    {
        var rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json"));
        var batch = rater.CreateBatch(64);
        using (var reader = VillageReader.Open(RepositoryPaths.Of("samples/Hanzhuang/villages.csv"), rater.Schema))
        {
            reader.ReadBatch(batch, int.MaxValue);
            Assert.Empty(reader.Warnings);
        }

        var results = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, results);
        return (rater, batch, results);
    }
}
