using FiveStar.Criteria;
using FiveStar.Plugins;
using FiveStar.Rating;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Tests.Support;

/// <summary>Builds raters from inline JSON for tests, with no plug-ins unless given.</summary>
internal static class TestFactory
{
    public static StarRaterFactory Create(params CategoryPlugin[] plugins) => new(new CategoryCatalog(plugins));

    public static StarRater Rater(string json, IReadOnlyList<VillageColumn>? columns = null, params CategoryPlugin[] plugins) =>
        Create(plugins).FromJson(json, "test.json", columns);

    public static CriteriaException LoadError(string json, IReadOnlyList<VillageColumn>? columns = null, params CategoryPlugin[] plugins) =>
        Assert.Throws<CriteriaException>(() => Rater(json, columns, plugins));

    /// <summary>Rates villages given as id → (indicator → value) and returns the full ratings.</summary>
    public static IReadOnlyList<VillageRating> RateAll(StarRater rater, params (string Id, Dictionary<string, object?> Values)[] villages)
    {
        var batch = rater.CreateBatch(villages.Length);
        foreach (var (id, values) in villages)
        {
            var row = batch.Add(id, id);
            foreach (var (key, value) in values)
            {
                switch (value)
                {
                    case null:
                        break;
                    case bool b:
                        batch.Set(row, key, b);
                        break;
                    case string s:
                        batch.Set(row, key, s);
                        break;
                    default:
                        batch.Set(row, key, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }
        }

        var buffer = rater.CreateBuffer(villages.Length);
        rater.Rate(batch, buffer);
        var ratings = Enumerable.Range(0, batch.Count).Select(r => rater.RateRow(batch, r, Language.English)).ToList();

        // The compact batch results and the explanation must always agree.
        for (var r = 0; r < batch.Count; r++)
        {
            Assert.Equal(ratings[r].Stars, buffer.GetStars(r));
            Assert.Equal(ratings[r].Level, buffer.GetLevel(r));
            for (var c = 0; c < rater.Categories.Count; c++)
            {
                Assert.Equal(ratings[r].Categories[c].Awarded, buffer.IsAwarded(r, c));
            }
        }

        return ratings;
    }
}
