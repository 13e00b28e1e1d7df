using FiveStar.Criteria;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Plugins;

public class CategoryCatalogFaultTests
{
    private const string Document = """
    {
      "schemaVersion": "1.0", "id": "town", "name": { "zh": "镇", "en": "Town" },
      "indicators": [ { "id": "income", "name": { "zh": "收入", "en": "Income" }, "type": "money", "min": 0 } ],
      "categories": [
        { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [ { "id": "I1", "expression": "income > 100" } ] },
        { "id": "faulty_sharing" }
      ]
    }
    """;

    [Fact]
    public void Catalog_PluginWhoseManifestThrows_ErrorNamesPluginAndCause()
    {
        var exception = Assert.Throws<CriteriaException>(() => new CategoryCatalog([new FaultyPlugins.Sharing(), new FaultyPlugins.ManifestThrows()]));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("broken_manifest", diagnostic.CriterionId);
        Assert.Contains(typeof(FaultyPlugins.ManifestThrows).FullName!, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("could not open its manifest: manifest.json was not packed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_PluginThrowingWhileListingHelpers_ErrorNamesPluginAndCause()
    {
        var exception = Assert.Throws<CriteriaException>(() => new CategoryCatalog([new FaultyPlugins.HelpersThrow()]));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("broken_helpers", diagnostic.CriterionId);
        Assert.Contains(typeof(FaultyPlugins.HelpersThrow).FullName!, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("helper table not initialised", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_HelperThrowsForOneVillage_CriterionErrorNamesPluginVillageAndCriterion()
    {
        var rater = TestFactory.Rater(Document, null, new FaultyPlugins.Sharing());
        var batch = rater.CreateBatch();
        foreach (var (id, households) in new[] { ("healthy", 50), ("empty", 0), ("another", 40) })
        {
            var row = batch.Add(id, id);
            batch.Set(row, "income", 500);
            batch.Set(row, "households", households);
            batch.Set(row, "volunteers", 10);
        }

        var buffer = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, buffer);
        var ratings = Enumerable.Range(0, batch.Count).Select(r => rater.RateRow(batch, r, Language.English)).ToList();

        var sharing = ratings[1].Categories[1];
        Assert.False(sharing.Awarded);
        var fs1 = sharing.Criteria[0];
        var fs2 = sharing.Criteria[1];
        Assert.Equal([CriterionState.Error, CriterionState.Error, CriterionState.Passed], sharing.Criteria.Select(c => c.State));
        foreach (var (criterion, helper) in new[] { (fs1, "SharingHelpers.Checked"), (fs2, "SharingHelpers.PerHundred") })
        {
            Assert.Contains($"criterion {criterion.Id}", criterion.Message, StringComparison.Ordinal);
            Assert.Contains("village empty", criterion.Message, StringComparison.Ordinal);
            Assert.Contains($"helper {helper}", criterion.Message, StringComparison.Ordinal);
            Assert.Contains("plug-in faulty_sharing", criterion.Message, StringComparison.Ordinal);
        }

        Assert.Contains("no households to divide by", fs2.Message, StringComparison.Ordinal);
        Assert.Equal(CriterionState.Error, buffer.GetState(1, rater.IndexOfCriterion("faulty_sharing", "FS1")));

        // The other category of that village, and the other villages, are unaffected.
        Assert.True(ratings[1].Categories[0].Awarded);
        Assert.Equal(1, ratings[1].Stars);
        Assert.Equal([2, 1, 2], ratings.Select(r => r.Stars));
        Assert.Equal([2, 1, 2], Enumerable.Range(0, 3).Select(buffer.GetStars));
        Assert.All(ratings, r => Assert.True(r.Rated));
    }

    [Fact]
    public void Explain_DerivedIndicatorThrows_ValueShownAsMissing()
    {
        var rater = TestFactory.Rater(Document, null, new FaultyPlugins.Sharing());
        var batch = rater.CreateBatch();
        var row = batch.Add("empty", "empty");
        batch.Set(row, "income", 500);
        batch.Set(row, "households", 0);
        batch.Set(row, "volunteers", 10);

        var rating = rater.RateRow(batch, row, Language.English);

        var fs2 = rating.Categories[1].Criteria[1];
        Assert.Equal(CriterionState.Error, fs2.State);
        Assert.Contains(fs2.Values, v => v.Id == "households" && v.Value == "0");
    }
}
