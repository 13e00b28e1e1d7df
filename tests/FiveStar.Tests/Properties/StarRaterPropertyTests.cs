using System.Text.Json;
using System.Text.Json.Nodes;
using FiveStar.Rating;
using FiveStar.Tests.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FiveStar.Tests.Properties;

/// <summary>Invariants of rating, checked over random documents and villages.</summary>
public sealed class StarRaterPropertyTests : IDisposable
{
    private static readonly Lazy<StarRater> Busy = new(() => TestFactory.Rater(StarRaterConcurrencyTests.Document));
    private static readonly Lazy<StarRater> BusyAgain = new(() => TestFactory.Rater(StarRaterConcurrencyTests.Document));

    private readonly string _folder = Directory.CreateTempSubdirectory("fivestar-properties-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Property(MaxTest = 100)]
    public bool Explain_SameInputs_SameBytes(NonNegativeInt seed, PositiveInt count)
    {
        // Two raters compiled apart from each other, the same villages: the same bytes, in both languages.
        var villages = Math.Min(count.Get, 50);
        var first = Serialize(Busy.Value, RandomVillages.Fill(Busy.Value, villages, seed.Get, missingRate: 0.1));
        var second = Serialize(BusyAgain.Value, RandomVillages.Fill(BusyAgain.Value, villages, seed.Get, missingRate: 0.1));
        return first.AsSpan().SequenceEqual(second);
    }

    [Property(MaxTest = 100)]
    public bool Rate_ShuffledVillages_EachVillageRatedTheSame(NonNegativeInt seed, int[] keys)
    {
        var rater = Busy.Value;
        var batch = RandomVillages.Fill(rater, Math.Max(1, keys.Length), seed.Get, missingRate: 0.1);
        var order = Enumerable.Range(0, batch.Count).OrderBy(i => i < keys.Length ? keys[i] : 0).ThenBy(i => i).ToArray();
        var shuffled = Copy(rater, batch, order);

        var before = ById(rater, batch);
        var after = ById(rater, shuffled);

        return before.Count == after.Count && before.All(pair => after[pair.Key] == pair.Value);
    }

    [Property(MaxTest = 30)]
    public bool Rate_ShuffledCriteriaAndCategories_EachVillageRatedTheSame(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var document = RandomDocuments.Create(random);
        var shuffled = (JsonObject)document.DeepClone();
        var categories = shuffled["categories"]!.AsArray();
        foreach (var category in categories)
        {
            Shuffle(category!["rules"]!.AsArray(), random);
        }

        Shuffle(categories, random);
        var original = TestFactory.Rater(document.ToJsonString());
        var reordered = TestFactory.Rater(shuffled.ToJsonString());
        var batch = RandomVillages.Fill(original, 40, seed.Get);
        var reorderedBatch = RandomVillages.Fill(reordered, 40, seed.Get);

        for (var row = 0; row < batch.Count; row++)
        {
            var a = original.RateRow(batch, row, Language.English);
            var b = reordered.RateRow(reorderedBatch, row, Language.English);
            var aCategories = a.Categories.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => (c.Id, c.Awarded, c.Outcome, c.Points, States(c)));
            var bCategories = b.Categories.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => (c.Id, c.Awarded, c.Outcome, c.Points, States(c)));
            if (a.Stars != b.Stars || a.Level != b.Level || !aCategories.SequenceEqual(bCategories))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 40)]
    public bool Rate_ThresholdRaised_NeverAddsAStar(NonNegativeInt seed, PositiveInt raise)
    {
        var random = new Random(seed.Get);
        var document = RandomDocuments.Create(random);
        var raised = (JsonObject)document.DeepClone();
        var parameters = RandomDocuments.Parameters(raised).ToList();
        var chosen = parameters[random.Next(parameters.Count)];
        var max = Number(chosen["max"]!);
        chosen["value"] = Math.Min(max, Number(chosen["value"]!) + (raise.Get % 50) + 1);

        return EveryVillage(document, raised, seed.Get, (before, after) => after.Stars <= before.Stars && Subset(after, before));
    }

    [Property(MaxTest = 40)]
    public bool Rate_PointsThresholdRaised_NeverAddsAStar(NonNegativeInt seed, PositiveInt raise)
    {
        var random = new Random(seed.Get);
        var document = RandomDocuments.Create(random);
        var raised = (JsonObject)document.DeepClone();
        foreach (var award in raised["categories"]!.AsArray().Select(c => c!["award"]!.AsObject()).Where(a => (string)a["rule"]! == "points"))
        {
            var total = raised["categories"]!.AsArray().First(c => c!["award"] == award)!["rules"]!.AsArray().Sum(r => (int)r!["points"]!);
            award["threshold"] = Math.Min(total, (int)award["threshold"]! + (raise.Get % 10));
        }

        return EveryVillage(document, raised, seed.Get, (before, after) => after.Stars <= before.Stars && Subset(after, before));
    }

    [Property(MaxTest = 40)]
    public bool Rate_CriterionDisabledInAllCriteriaCategory_NeverRemovesAStar(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var document = RandomDocuments.Create(random, allCriteriaOnly: true);
        var disabled = (JsonObject)document.DeepClone();
        var candidates = disabled["categories"]!.AsArray().Select(c => c!["rules"]!.AsArray()).Where(r => r.Count > 1).ToList();
        if (candidates.Count == 0)
        {
            return true;
        }

        var rules = candidates[random.Next(candidates.Count)];
        rules[random.Next(rules.Count)]!["enabled"] = false;

        return EveryVillage(document, disabled, seed.Get, (before, after) => after.Stars >= before.Stars && Subset(before, after));
    }

    [Property(MaxTest = 25)]
    public bool LoadFile_ExtendsWithoutOverrides_EqualsBase(NonNegativeInt seed)
    {
        var document = RandomDocuments.Create(new Random(seed.Get));
        var basePath = Path.Combine(_folder, $"base{seed.Get}.json");
        var townPath = Path.Combine(_folder, $"town{seed.Get}.json");
        File.WriteAllText(basePath, document.ToJsonString());
        File.WriteAllText(townPath, $$"""{ "extends": "base{{seed.Get}}.json" }""");
        var factory = TestFactory.Create();
        var baseRater = factory.FromFile(basePath);
        var townRater = factory.FromFile(townPath);

        return Serialize(baseRater, RandomVillages.Fill(baseRater, 30, seed.Get)).AsSpan()
            .SequenceEqual(Serialize(townRater, RandomVillages.Fill(townRater, 30, seed.Get)));
    }

    [Property(MaxTest = 100)]
    public bool Rate_VillageResult_DoesNotDependOnTheRestOfTheBatch(NonNegativeInt seed, NonNegativeInt others, NonNegativeInt position)
    {
        var rater = Busy.Value;
        var alone = RandomVillages.Fill(rater, 1, seed.Get, missingRate: 0.2);
        var crowd = RandomVillages.Fill(rater, (others.Get % 200) + 1, seed.Get + 1, missingRate: 0.2);
        var at = position.Get % (crowd.Count + 1);
        var mixed = rater.CreateBatch();
        for (var row = 0; row <= crowd.Count; row++)
        {
            var (source, sourceRow) = row == at ? (alone, 0) : (crowd, row < at ? row : row - 1);
            // The crowd's ids are generated like the village's, so they are renamed: a batch reports a reused id.
            var copy = mixed.Add(row == at ? source.GetId(sourceRow) : $"crowd-{source.GetId(sourceRow)}", source.GetName(sourceRow));
            for (var slot = 0; slot < source.Schema.Count; slot++)
            {
                mixed.Set(copy, slot, source.Get(sourceRow, slot));
            }
        }

        var aloneBuffer = rater.CreateBuffer(1);
        var mixedBuffer = rater.CreateBuffer(mixed.Count);
        rater.Rate(alone, aloneBuffer);
        rater.RateParallel(mixed, mixedBuffer);

        return RandomVillages.Snapshot(rater, aloneBuffer, 0) == RandomVillages.Snapshot(rater, mixedBuffer, at)
            && Json(rater.RateRow(alone, 0, Language.Chinese)) == Json(rater.RateRow(mixed, at, Language.Chinese));
    }

    [Property(MaxTest = 30)]
    public bool Rate_CompactResults_AgreeWithExplanations(NonNegativeInt seed)
    {
        // The fused fast path and the guarded path that explanations use must never disagree.
        var rater = TestFactory.Rater(RandomDocuments.Create(new Random(seed.Get)).ToJsonString());
        var batch = RandomVillages.Fill(rater, 60, seed.Get, missingRate: 0.1);
        var buffer = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, buffer);

        return Enumerable.Range(0, batch.Count).All(row =>
        {
            var rating = rater.RateRow(batch, row, Language.Chinese);
            return rating.Stars == buffer.GetStars(row) && rating.Level == buffer.GetLevel(row)
                && rating.Categories.Select((c, i) => c.Awarded == buffer.IsAwarded(row, i)).All(x => x);
        });
    }

    /// <summary>Reads a JSON number whether it was built from an int or a double.</summary>
    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static bool EveryVillage(JsonObject before, JsonObject after, int seed, Func<VillageRating, VillageRating, bool> holds)
    {
        var a = TestFactory.Rater(before.ToJsonString());
        var b = TestFactory.Rater(after.ToJsonString());
        var batchA = RandomVillages.Fill(a, 80, seed);
        var batchB = RandomVillages.Fill(b, 80, seed);
        return Enumerable.Range(0, batchA.Count).All(row => holds(a.RateRow(batchA, row, Language.Chinese), b.RateRow(batchB, row, Language.Chinese)));
    }

    private static bool Subset(VillageRating smaller, VillageRating larger) =>
        smaller.Categories.Where(c => c.Awarded).All(c => larger.Categories.Single(l => l.Id == c.Id).Awarded);

    private static string States(CategoryRating category) =>
        string.Join(",", category.Criteria.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => $"{c.Id}:{c.State}"));

    private static Dictionary<string, string> ById(StarRater rater, FiveStar.Villages.VillageBatch batch)
    {
        var buffer = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, buffer);
        return Enumerable.Range(0, batch.Count).ToDictionary(batch.GetId, row => RandomVillages.Snapshot(rater, buffer, row) + Json(rater.RateRow(batch, row, Language.Chinese)));
    }

    private static FiveStar.Villages.VillageBatch Copy(StarRater rater, FiveStar.Villages.VillageBatch source, int[] order)
    {
        var target = rater.CreateBatch(order.Length);
        foreach (var row in order)
        {
            var copy = target.Add(source.GetId(row), source.GetName(row));
            for (var slot = 0; slot < source.Schema.Count; slot++)
            {
                target.Set(copy, slot, source.Get(row, slot));
            }
        }

        return target;
    }

    private static void Shuffle(JsonArray array, Random random)
    {
        var items = array.ToList();
        array.Clear();
        foreach (var item in items.OrderBy(_ => random.Next()))
        {
            array.Add(item);
        }
    }

    private static string Json(VillageRating rating) => JsonSerializer.Serialize(rating, RatingJsonContext.Default.VillageRating);

    private static byte[] Serialize(StarRater rater, FiveStar.Villages.VillageBatch batch)
    {
        var buffer = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, buffer);
        var summary = new RatingSummaryBuilder(rater);
        summary.Add(batch, buffer);
        using var stream = new MemoryStream();
        foreach (var language in new[] { Language.Chinese, Language.English })
        {
            JsonSerializer.Serialize(stream, Enumerable.Range(0, batch.Count).Select(row => rater.RateRow(batch, row, language)).ToList(), RatingJsonContext.Default.IReadOnlyListVillageRating);
        }

        JsonSerializer.Serialize(stream, summary.Build(), RatingJsonContext.Default.RatingSummary);
        return stream.ToArray();
    }
}
