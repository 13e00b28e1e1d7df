using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Samples;

/// <summary>Another town's scheme: points per star and a sixth star from a plug-in loaded from a folder at run time.</summary>
public class OtherTownSampleTests
{
    private static readonly Lazy<(StarRater Rater, Dictionary<string, VillageRating> Ratings)> Rated = new(Rate);

    [Fact]
    public void Rate_OtherTown_SixthStarComesFromThePluginFolder()
    {
        var rater = Rated.Value.Rater;

        Assert.Equal(6, rater.Categories.Count);
        var plugin = rater.Categories.Single(c => c.Id == "co_building_sharing");
        Assert.Equal("共建共享星", plugin.Name.Zh);
        var assemblies = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "OtherTown.Plugins.SharedGovernance").ToList();
        Assert.NotEmpty(assemblies);
        Assert.All(assemblies, a => Assert.NotEqual(System.Runtime.Loader.AssemblyLoadContext.Default, System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(a)));
    }

    [Fact]
    public void Rate_OtherTown_EightyPointsEarnAStar()
    {
        var ot03 = Rated.Value.Ratings["ot03"];

        var industry = ot03.Categories.Single(c => c.Id == "ot_industry");
        Assert.Equal(80, industry.Points);
        Assert.True(industry.Awarded);
        Assert.Equal(6, ot03.Stars);
    }

    [Fact]
    public void Rate_OtherTown_RequiredCriterionBeatsThePoints()
    {
        var ot07 = Rated.Value.Ratings["ot07"];

        var safety = ot07.Categories.Single(c => c.Id == "ot_safety");
        Assert.False(safety.Awarded);
        Assert.Equal(CategoryOutcome.RequiredCriterionNotMet, safety.Outcome);
        Assert.Equal(5, ot07.Stars);
    }

    [Fact]
    public void Rate_OtherTown_SeventyPointsAreNotEnough()
    {
        var ot08 = Rated.Value.Ratings["ot08"];

        var safety = ot08.Categories.Single(c => c.Id == "ot_safety");
        Assert.Equal(70, safety.Points);
        Assert.Equal(CategoryOutcome.PointsBelowThreshold, safety.Outcome);
    }

    [Fact]
    public void Rate_OtherTown_SummaryCountsSixStarVillages()
    {
        var ratings = Rated.Value.Ratings.Values;

        Assert.Equal(12, ratings.Count);
        Assert.Equal(5, ratings.Count(r => r.Stars == 6));
        Assert.Equal(1, ratings.Count(r => r.Stars == 0));
        Assert.All(ratings, r => Assert.True(r.Rated));
    }

    private static (StarRater, Dictionary<string, VillageRating>) Rate()
    {
        var rater = StarRaterFactory.Create(b => b.AddStandardCategories().AddPluginsFrom(RepositoryPaths.Of("samples/OtherTown/plugins")))
            .FromFile(RepositoryPaths.Of("samples/OtherTown/othertown-2023h2.json"));
        var batch = rater.CreateBatch(16);
        using (var reader = VillageReader.Open(RepositoryPaths.Of("samples/OtherTown/villages.csv"), rater.Schema))
        {
            reader.ReadBatch(batch, int.MaxValue);
        }

        return (rater, Enumerable.Range(0, batch.Count).ToDictionary(batch.GetId, r => rater.RateRow(batch, r, Language.English)));
    }
}
