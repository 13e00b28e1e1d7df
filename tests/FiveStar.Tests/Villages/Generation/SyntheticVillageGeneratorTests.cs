using FiveStar.Rating;
using FiveStar.Tests.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages;
using FiveStar.Villages.Generation;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages.Generation;

public sealed class SyntheticVillageGeneratorTests
{
    private const int Count = 4000;

    private static readonly string RulesEngineCriteria = RepositoryPaths.Of("tests/FiveStar.Tests/TestData/rulesengine/five-stars.json");
    private static readonly string RulesEngineVillages = RepositoryPaths.Of("tests/FiveStar.Tests/TestData/rulesengine/villages.csv");

    [Fact]
    public void AddTo_HanzhuangCriteria_EveryCriterionPassesTwentyToEightyPercent()
    {
        var generator = new SyntheticVillageGenerator(Hanzhuang.Rater, new SyntheticVillageOptions { Seed = 7 });

        var rates = PassRates(generator, Count);

        Assert.All(Hanzhuang.Rater.Criteria, c => Assert.InRange(rates[c.Index], 0.2, 0.8));
    }

    [Fact]
    public void AddTo_RulesEngineFileWithSample_EveryCriterionPassesTwentyToEightyPercent()
    {
        var rater = RulesEngineRater();
        var generator = new SyntheticVillageGenerator(rater, new SyntheticVillageOptions { Seed = 3, Sample = Sample(rater) });

        var rates = PassRates(generator, Count);

        Assert.All(rater.Criteria, c => Assert.InRange(rates[c.Index], 0.2, 0.8));
    }

    [Theory]
    [InlineData(VillageFileFormat.Csv)]
    [InlineData(VillageFileFormat.JsonLines)]
    public void Write_SameSeedTwice_SameBytesAndReadBackWithoutErrors(VillageFileFormat format)
    {
        var first = Written(Hanzhuang.Rater, format, seed: 11, count: 500);
        var again = Written(Hanzhuang.Rater, format, seed: 11, count: 500);
        var other = Written(Hanzhuang.Rater, format, seed: 12, count: 500);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        var batch = Hanzhuang.Rater.CreateBatch(500);
        using var reader = VillageReader.FromStream(new MemoryStream(first), Hanzhuang.Rater.Schema, format, "villages");
        Assert.Equal(500, reader.ReadBatch(batch, 1000));
        Assert.Empty(reader.Warnings);
        Assert.All(Enumerable.Range(0, batch.Count), v => Assert.False(batch.HasErrors(v)));
        Assert.Equal(500, Enumerable.Range(0, batch.Count).Select(batch.GetId).Distinct().Count());
    }

    [Fact]
    public void AddTo_DefaultOptions_AFewVillagesLackOneValueAndNamesAreChineseVillages()
    {
        var generator = new SyntheticVillageGenerator(Hanzhuang.Rater);
        var batch = Hanzhuang.Rater.CreateBatch(Count);

        generator.AddTo(batch, 0, Count);

        var missing = Enumerable.Range(0, Count).Count(v => Enumerable.Range(0, batch.Schema.Count).Any(s => double.IsNaN(batch.Get(v, s))));
        Assert.InRange(missing, Count / 100, Count / 20);
        Assert.All(Enumerable.Range(0, Count), v => Assert.Matches("^[\\u4e00-\\u9fff]{2,3}村$", batch.GetName(v)));
        Assert.Equal("V0000001", batch.GetId(0));
    }

    [Fact]
    public void AddTo_AnyRangeOfVillages_SameVillagesAsFromTheStart()
    {
        var generator = new SyntheticVillageGenerator(Hanzhuang.Rater, new SyntheticVillageOptions { Seed = 5 });
        var whole = Hanzhuang.Rater.CreateBatch(100);
        var tail = Hanzhuang.Rater.CreateBatch(40);

        generator.AddTo(whole, 0, 100);
        generator.AddTo(tail, 60, 40);

        for (var v = 0; v < 40; v++)
        {
            Assert.Equal(whole.GetId(60 + v), tail.GetId(v));
            Assert.Equal(whole.GetName(60 + v), tail.GetName(v));
            for (var s = 0; s < whole.Schema.Count; s++)
            {
                Assert.Equal(whole.Get(60 + v, s), tail.Get(v, s));
            }
        }
    }

    private static byte[] Written(StarRater rater, VillageFileFormat format, int seed, int count)
    {
        using var stream = new MemoryStream();
        new SyntheticVillageGenerator(rater, new SyntheticVillageOptions { Seed = seed }).Write(stream, format, count);
        return stream.ToArray();
    }

    private static StarRater RulesEngineRater() =>
        StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RulesEngineCriteria, VillageReader.InferColumns(RulesEngineVillages));

    private static VillageBatch Sample(StarRater rater)
    {
        var batch = rater.CreateBatch();
        using var reader = VillageReader.Open(RulesEngineVillages, rater.Schema);
        reader.ReadBatch(batch, int.MaxValue);
        return batch;
    }

    private static double[] PassRates(SyntheticVillageGenerator generator, int count)
    {
        var rater = generator.Rater;
        var batch = rater.CreateBatch(count);
        generator.AddTo(batch, 0, count);
        var results = rater.CreateBuffer(count);
        rater.Rate(batch, results);
        var rates = new double[rater.CriterionCount];
        for (var v = 0; v < count; v++)
        {
            for (var c = 0; c < rates.Length; c++)
            {
                rates[c] += results.GetState(v, c) == CriterionState.Passed ? 1.0 / count : 0;
            }
        }

        return rates;
    }
}
