using System.Collections.Concurrent;
using System.Text.Json;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Tests.Rating;

/// <summary>Determinism and one rater shared by many threads.</summary>
public class StarRaterConcurrencyTests
{
    // Missing values, a criterion that throws (integer division by zero), nested rules, points and both veto scopes:
    // every path of the rater (fast, guarded, error) is taken by some villages.
    internal const string Document = """
    {
      "schemaVersion": "1.0", "id": "busy", "name": { "zh": "测试", "en": "Test" },
      "indicators": [
        { "id": "income", "name": { "zh": "收入", "en": "Income" }, "type": "money", "min": 0 },
        { "id": "toilets", "name": { "zh": "卫生户厕", "en": "Toilets" }, "type": "percent" },
        { "id": "petitions", "name": { "zh": "上访", "en": "Petitions" }, "type": "integer", "min": 0 },
        { "id": "adviser", "name": { "zh": "法律顾问", "en": "Adviser" }, "type": "boolean" },
        { "id": "grade", "name": { "zh": "考核", "en": "Grade" }, "type": "enumeration", "values": [ { "id": "excellent" }, { "id": "competent" }, { "id": "poor" } ] }
      ],
      "parameters": [ { "id": "min_income", "value": 200000, "min": 0 } ],
      "globalParams": [ { "name": "per_petition", "expression": "income / (petitions + 1)" } ],
      "vetoes": [
        { "id": "V1", "scope": "category", "category": "safety", "expression": "petitions >= 3", "reason": { "zh": "群体事件", "en": "mass incident" } },
        { "id": "V2", "scope": "rating", "effect": "cap_level", "capLevel": 2, "expression": "grade == \"poor\" AND NOT adviser", "reason": { "zh": "考核差", "en": "poor grade" } }
      ],
      "categories": [
        { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "award": { "rule": "points", "threshold": 60, "required": [ "I1" ] }, "rules": [
          { "id": "I1", "expression": "income >= min_income", "points": 40, "errorMessage": "收入 $(income) 低于 $(min_income)" },
          { "id": "I2", "localParams": [ { "name": "share", "expression": "toilets / 100" } ], "expression": "share >= 0.6", "points": 30 },
          { "id": "I3", "expression": "per_petition > 100000", "points": 30 } ] },
        { "id": "safety", "name": { "zh": "平安", "en": "Safety" }, "rules": [
          { "id": "S1", "expression": "100 / petitions < 60" },
          { "id": "S2", "operator": "OrElse", "rules": [ { "id": "S2a", "expression": "adviser" }, { "id": "S2b", "expression": "grade == \"excellent\"" } ] } ] },
        { "id": "ecology", "name": { "zh": "生态", "en": "Ecology" }, "requires": [ "industry" ], "award": { "rule": "at_least", "count": 1 }, "rules": [
          { "id": "E1", "expression": "toilets >= 85" },
          { "id": "E2", "expression": "toilets >= 70 AND income > 100000" } ] }
      ]
    }
    """;

    [Fact]
    public void Explain_SameInputsTwice_SerializeToIdenticalBytes()
    {
        // Two raters compiled independently, fed the same villages.
        var first = Serialize(TestFactory.Rater(Document));
        var second = Serialize(TestFactory.Rater(Document));

        Assert.Equal(first, second);
        var text = System.Text.Encoding.UTF8.GetString(first);
        Assert.Contains("\"state\":\"error\"", text, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"missing\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_ParallelForOverChunks_EqualsSingleThread()
    {
        var rater = TestFactory.Rater(Document);
        const int Count = 60_000;
        var batch = RandomVillages.Fill(rater, Count, seed: 42);
        var single = rater.CreateBuffer(Count);
        rater.Rate(batch, single);

        // Many threads, each rating its own chunk of the same villages with the one shared rater.
        const int Chunk = 1_000;
        var snapshots = new string[Count];
        Parallel.For(0, Count / Chunk, new ParallelOptions { MaxDegreeOfParallelism = 16 }, chunk =>
        {
            var own = rater.CreateBatch(Chunk);
            for (var row = chunk * Chunk; row < (chunk + 1) * Chunk; row++)
            {
                var copy = own.Add(batch.GetId(row), batch.GetName(row));
                for (var slot = 0; slot < batch.Schema.Count; slot++)
                {
                    own.Set(copy, slot, batch.Get(row, slot));
                }
            }

            var buffer = rater.CreateBuffer(Chunk);
            rater.Rate(own, buffer);
            for (var i = 0; i < Chunk; i++)
            {
                snapshots[(chunk * Chunk) + i] = RandomVillages.Snapshot(rater, buffer, i);
            }
        });

        var mismatches = Enumerable.Range(0, Count).Count(row => snapshots[row] != RandomVillages.Snapshot(rater, single, row));
        Assert.Equal(0, mismatches);
        AssertEveryPathTaken(rater, single, Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(-1)]
    public void RateParallel_BigBatch_EqualsRate(int threads)
    {
        var rater = TestFactory.Rater(Document);
        const int Count = 60_000;
        var batch = RandomVillages.Fill(rater, Count, seed: 3);
        var single = rater.CreateBuffer(Count);
        var parallel = rater.CreateBuffer(Count);

        rater.Rate(batch, single);
        rater.RateParallel(batch, parallel, threads, CancellationToken.None);

        Assert.Equal(Count, parallel.Count);
        var mismatches = Enumerable.Range(0, Count).Count(row => RandomVillages.Snapshot(rater, single, row) != RandomVillages.Snapshot(rater, parallel, row));
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void Explain_ManyThreadsAtOnce_EqualsSequential()
    {
        var rater = TestFactory.Rater(Document);
        var batch = RandomVillages.Fill(rater, 4_000, seed: 11);
        var sequential = Enumerable.Range(0, batch.Count).Select(row => JsonSerializer.Serialize(rater.RateRow(batch, row, Language.English), RatingJsonContext.Default.VillageRating)).ToArray();

        var concurrent = new ConcurrentDictionary<int, string>();
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = 16 }, row =>
            concurrent[row] = JsonSerializer.Serialize(rater.RateRow(batch, row, Language.English), RatingJsonContext.Default.VillageRating));

        Assert.All(Enumerable.Range(0, batch.Count), row => Assert.Equal(sequential[row], concurrent[row]));
    }

    private static byte[] Serialize(StarRater rater)
    {
        var batch = RandomVillages.Fill(rater, 2_000, seed: 5);
        var buffer = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, buffer);
        var summary = new RatingSummaryBuilder(rater);
        summary.Add(batch, buffer);
        var ratings = Enumerable.Range(0, batch.Count).Select(row => rater.RateRow(batch, row, Language.Chinese)).ToList();
        using var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, ratings, RatingJsonContext.Default.IReadOnlyListVillageRating);
        JsonSerializer.Serialize(stream, summary.Build(), RatingJsonContext.Default.RatingSummary);
        return stream.ToArray();
    }

    private static void AssertEveryPathTaken(StarRater rater, RatingBuffer buffer, int count)
    {
        var states = Enumerable.Range(0, count).SelectMany(row => Enumerable.Range(0, rater.CriterionCount).Select(p => buffer.GetState(row, p))).ToHashSet();
        Assert.Equal([CriterionState.Passed, CriterionState.NotMet, CriterionState.Missing, CriterionState.Error], states.Order());
    }
}
