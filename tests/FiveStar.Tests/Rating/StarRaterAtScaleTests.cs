using FiveStar.Rating;
using FiveStar.Tests.Support;

namespace FiveStar.Tests.Rating;

/// <summary>One rater shared by sixteen threads over a million villages, and criteria reloaded while villages are rated.</summary>
public class StarRaterAtScaleTests
{
    [Fact]
    public void Rate_SixteenThreadsOverAMillionVillages_EqualsOneThread()
    {
        var rater = TestFactory.Rater(StarRaterConcurrencyTests.Document);
        const int Count = 1_000_000;
        var batch = RandomVillages.Fill(rater, Count, seed: 16);
        var single = rater.CreateBuffer(Count);
        rater.Rate(batch, single);
        var shared = rater.CreateBuffer(Count);

        rater.RateParallel(batch, shared, 16, CancellationToken.None);

        var predicates = rater.CriterionCount + rater.Document.Vetoes.Count;
        var mismatches = 0;
        for (var row = 0; row < Count; row++)
        {
            var same = single.GetAwardedMask(row) == shared.GetAwardedMask(row) && single.GetLevel(row) == shared.GetLevel(row)
                && single.GetStars(row) == shared.GetStars(row) && single.IsRated(row) == shared.IsRated(row);
            for (var p = 0; same && p < predicates; p++)
            {
                same = single.GetState(row, p) == shared.GetState(row, p);
            }

            mismatches += same ? 0 : 1;
        }

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public async Task Rate_CriteriaReloadedWhileRating_EachBatchUsesOneVersion()
    {
        var strict = TestFactory.Rater(StarRaterConcurrencyTests.Document);
        var lenient = TestFactory.Rater(StarRaterConcurrencyTests.Document.Replace("\"value\": 200000", "\"value\": 100000", StringComparison.Ordinal));
        var current = strict;
        using var stop = new CancellationTokenSource();

        // A host that watches its criteria file swaps the rater it hands out; raters are immutable, batches bound to one.
        var reloader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Volatile.Write(ref current, ReferenceEquals(Volatile.Read(ref current), strict) ? lenient : strict);
            }
        });
        var mixed = 0;
        for (var round = 0; round < 40; round++)
        {
            var rater = Volatile.Read(ref current);
            var batch = RandomVillages.Fill(rater, 20_000, seed: round, missingRate: 0);
            var results = rater.CreateBuffer(batch.Count);
            rater.RateParallel(batch, results);
            var income = rater.Schema.IndexOf("income");
            var threshold = ReferenceEquals(rater, strict) ? 200_000 : 100_000;
            var i1 = rater.IndexOfCriterion("industry", "I1");
            for (var row = 0; row < batch.Count; row++)
            {
                var expected = batch.Get(row, income) >= threshold;
                mixed += (results.GetState(row, i1) == CriterionState.Passed) == expected ? 0 : 1;
            }
        }

        stop.Cancel();
        await reloader;
        Assert.Equal(0, mixed);
        var foreign = strict.CreateBatch(1);
        foreign.Add("v", "v");
        Assert.Throws<ArgumentException>(() => lenient.Rate(foreign, lenient.CreateBuffer(1)));
    }
}
