using FiveStar.Rating;
using FiveStar.Villages;
using FiveStar.Tests.Rating;
using FiveStar.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FiveStar.Tests.Properties;

/// <summary>Invariants of rating, checked on random villages (FsCheck draws the seeds).</summary>
public class RatingPropertyTests
{
    private static readonly Lazy<StarRater> Base = new(() => TestFactory.Rater(StarRaterConcurrencyTests.Document));

    [Property(MaxTest = 40)]
    public Property Rate_ShuffledVillages_GiveEveryVillageTheSameResult(int seed)
    {
        var rater = Base.Value;
        var batch = RandomVillages.Fill(rater, 300, seed);
        var order = Enumerable.Range(0, batch.Count).OrderBy(_ => new Random(seed).Next()).ToArray();
        var shuffled = rater.CreateBatch(batch.Count);
        foreach (var row in order)
        {
            Copy(batch, row, shuffled);
        }

        var before = Rate(rater, batch);
        var after = Rate(rater, shuffled);
        return order.Select((row, position) => before[row] == after[position]).All(same => same).ToProperty();
    }

    [Property(MaxTest = 40)]
    public Property Rate_VillageAlone_EqualsVillageInABatch(int seed)
    {
        var rater = Base.Value;
        var batch = RandomVillages.Fill(rater, 200, seed);
        var inBatch = Rate(rater, batch);
        var row = Math.Abs(seed % batch.Count);
        var alone = rater.CreateBatch(1);
        Copy(batch, row, alone);
        return (Rate(rater, alone)[0] == inBatch[row]).ToProperty();
    }

    [Property(MaxTest = 25)]
    public Property Rate_RaisedThreshold_NeverAddsAStar(int seed, PositiveInt raise)
    {
        var strict = TestFactory.Rater(StarRaterConcurrencyTests.Document.Replace("\"value\": 200000", $"\"value\": {200000 + (raise.Get % 300_000)}", StringComparison.Ordinal));
        var batch = RandomVillages.Fill(Base.Value, 200, seed);
        var strictBatch = strict.CreateBatch(batch.Count);
        for (var row = 0; row < batch.Count; row++)
        {
            Copy(batch, row, strictBatch);
        }

        var loose = Buffer(Base.Value, batch);
        var tight = Buffer(strict, strictBatch);
        return Enumerable.Range(0, batch.Count).All(v => (tight.GetAwardedMask(v) & ~loose.GetAwardedMask(v)) == 0 && tight.GetStars(v) <= loose.GetStars(v)).ToProperty();
    }

    [Property(MaxTest = 25)]
    public Property Rate_CriterionDisabledInAnAllCategory_NeverRemovesAStar(int seed)
    {
        // S1 sits in "safety", an all-criteria category that nothing requires.
        var relaxed = TestFactory.Rater(StarRaterConcurrencyTests.Document.Replace("{ \"id\": \"S1\", \"expression\"", "{ \"id\": \"S1\", \"enabled\": false, \"expression\"", StringComparison.Ordinal));
        var batch = RandomVillages.Fill(Base.Value, 200, seed);
        var relaxedBatch = relaxed.CreateBatch(batch.Count);
        for (var row = 0; row < batch.Count; row++)
        {
            Copy(batch, row, relaxedBatch);
        }

        var before = Buffer(Base.Value, batch);
        var after = Buffer(relaxed, relaxedBatch);
        return Enumerable.Range(0, batch.Count).All(v => (before.GetAwardedMask(v) & ~after.GetAwardedMask(v)) == 0).ToProperty();
    }

    private static RatingBuffer Buffer(StarRater rater, VillageBatch batch)
    {
        var buffer = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, buffer);
        return buffer;
    }

    private static string[] Rate(StarRater rater, VillageBatch batch)
    {
        var buffer = Buffer(rater, batch);
        return Enumerable.Range(0, batch.Count).Select(v => RandomVillages.Snapshot(rater, buffer, v)).ToArray();
    }

    private static void Copy(VillageBatch from, int row, VillageBatch to)
    {
        var copy = to.Add(from.GetId(row), from.GetName(row));
        for (var slot = 0; slot < from.Schema.Count; slot++)
        {
            var value = from.Get(row, slot);
            if (!double.IsNaN(value))
            {
                to.Set(copy, from.Schema.Indicators[slot].Id, value);
            }
        }
    }
}
