using System.Numerics;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using FiveStar.Criteria;
using FiveStar.Criteria.Awards;
using FiveStar.Criteria.Building;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Criteria.Awards;

/// <summary>
/// The one table of award rules: every rule has its row and its words, its reasons in both languages, a gap that
/// would win the star, and a branch-free award that agrees with the decider.
/// </summary>
public class AwardKindTableTests
{
    private const int Criteria = 6;

    // A sample award of each rule over a star of four criteria (points 1 to 4); a new rule adds its own.
    private static readonly Dictionary<string, string> SampleAwards = new(StringComparer.Ordinal)
    {
        ["all"] = """{ "rule": "all" }""",
        ["at_least"] = """{ "rule": "at_least", "count": 2 }""",
        ["points"] = """{ "rule": "points", "threshold": 5, "required": [ "A1" ] }""",
    };

    public static TheoryData<string> Words() => new(AwardKindTable.All.Select(r => r.Word));

    [Fact]
    public void All_EveryAwardKind_HasOneRow()
    {
        Assert.Equal(Enum.GetValues<AwardKind>().Order(), AwardKindTable.All.Select(r => r.Kind).Order());
        Assert.All(AwardKindTable.All, r => Assert.Same(r, AwardKindTable.Of(r.Kind)));
    }

    [Fact]
    public void Words_AreTheKeywordsAndTheSchemasEnumeration()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Of("src/FiveStar/Schema/criteria.schema.json")))!;
        var rule = schema["$defs"]!["award"]!["properties"]!["rule"]!;

        Assert.Equal(AwardKindTable.All.Select(r => r.Word), rule["enum"]!.AsArray().Select(w => (string)w!));
        Assert.Equal(AwardKindTable.All[0].Word, (string)rule["default"]!);
        Assert.Equal(AwardKindTable.All.Select(r => r.Word), Keywords.AwardRules.Names);
        Assert.Equal(AwardKindTable.All.Select(r => r.Word).Order(), SampleAwards.Keys.Order());
    }

    [Fact]
    public void ReasonNames_EveryRule_HaveChineseAndEnglishText()
    {
        var english = Read("src/FiveStar/Resources/Messages.resx");
        var chinese = Read("src/FiveStar/Resources/Messages.zh.resx");

        Assert.All(AwardKindTable.All, r => Assert.NotEmpty(r.ReasonNames));
        Assert.All(AwardKindTable.All.SelectMany(r => r.ReasonNames), name =>
        {
            Assert.False(string.IsNullOrWhiteSpace(english.GetValueOrDefault(name)), $"{name} has no English text");
            Assert.False(string.IsNullOrWhiteSpace(chinese.GetValueOrDefault(name)), $"{name} has no Chinese text");
        });
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Decide_RandomStanding_EveryWithheldStarHasAReasonAndAGapThatWinsIt(string word)
    {
        var row = AwardKindTable.All.Single(r => r.Word == word);
        var random = new Random(13);
        for (var run = 0; run < 500; run++)
        {
            var points = Enumerable.Range(0, Criteria).Select(_ => (double)random.Next(1, 6)).ToArray();
            var required = Enumerable.Range(0, Criteria).Where(_ => random.Next(4) == 0).ToList();
            var award = new AwardRule(row.Kind, random.Next(1, Criteria + 1), random.Next(1, (int)points.Sum() + 1), [.. required.Select(Id)]);
            var met = (ulong)random.Next(1 << Criteria);

            var outcome = Decide(row, award, met, points, required);
            if (outcome == CategoryOutcome.Awarded)
            {
                continue;
            }

            var results = Enumerable.Range(0, Criteria).Select(i => Result(i, (met & Bit(i)) != 0, points[i])).ToList();
            Assert.All(new[] { Language.English, Language.Chinese }, language =>
                Assert.False(string.IsNullOrWhiteSpace(row.Reason(outcome, award, results, Earned(met, points), language)), $"{word}: no reason for {outcome}"));

            // The criteria not met, in a random order taken as easiest first: fixing those advised wins the star.
            var unmet = Enumerable.Range(0, Criteria).Where(i => (met & Bit(i)) == 0).OrderBy(_ => random.Next())
                .Select(i => (Criterion: i, Points: points[i], Required: required.Contains(i))).ToList();
            var fixedBits = row.ToFix(unmet, award, BitOperations.PopCount(met), Earned(met, points)).Aggregate(met, (bits, i) => bits | Bit(i));

            Assert.Equal(CategoryOutcome.Awarded, Decide(row, award, fixedBits, points, required));
        }
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void OneWordAward_RandomBits_AgreesWithTheDecider(string word)
    {
        var factory = TestFactory.Create();
        var plan = factory.Compiler.Compile(factory.Loader.LoadJson(Document(SampleAwards[word]), "test.json"));
        var decider = new AwardDecider(plan);
        var category = plan.Categories.Single(p => p.Definition.Id == "a");
        var branchFree = category.Rule.CountThatAwards(category.Definition.Award, BitOperations.PopCount(category.Mask[0])) is not null;

        Assert.Equal(branchFree, plan.OneWordAward is not null);
        var points = new double[plan.Categories.Count(p => p.PointsIndex >= 0)];
        var random = new Random(13);
        for (var run = 0; run < 500 && plan.OneWordAward is { } award; run++)
        {
            var bits = (ulong)random.Next(1 << (plan.Predicates.Count));

            Assert.Equal(decider.Decide([bits], [0UL], points, []).Awarded, award(bits));
        }
    }

    // Predicates in order: A1 to A4 (the sample's star a, points 1 to 4), B1 (star b, which requires a), then V1 (revokes a).
    private static string Document(string award) => $$"""
    {
      "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测试", "en": "Test" },
      "indicators": [ { "id": "x", "name": { "zh": "x", "en": "x" }, "type": "number" } ],
      "categories": [
        { "id": "a", "name": { "zh": "甲", "en": "A" }, "award": {{award}},
          "rules": [ { "id": "A1", "expression": "x > 1", "points": 1 }, { "id": "A2", "expression": "x > 2", "points": 2 },
                     { "id": "A3", "expression": "x > 3", "points": 3 }, { "id": "A4", "expression": "x > 4", "points": 4 } ] },
        { "id": "b", "name": { "zh": "乙", "en": "B" }, "requires": [ "a" ], "rules": [ { "id": "B1", "expression": "x > 5" } ] }
      ],
      "vetoes": [
        { "id": "V1", "name": { "zh": "否", "en": "No" }, "scope": "category", "category": "a", "effect": "revoke_star", "expression": "x > 6", "reason": { "zh": "否", "en": "No" } }
      ]
    }
    """;

    private static CategoryOutcome Decide(AwardKindRule row, AwardRule award, ulong met, double[] points, List<int> required) =>
        row.Decide([met], [(1UL << Criteria) - 1], [required.Aggregate(0UL, (bits, i) => bits | Bit(i))], award, Earned(met, points));

    private static double Earned(ulong met, double[] points) => Enumerable.Range(0, Criteria).Where(i => (met & Bit(i)) != 0).Sum(i => points[i]);

    private static ulong Bit(int criterion) => 1UL << criterion;

    private static string Id(int criterion) => $"C{criterion}";

    private static CriterionResult Result(int criterion, bool passed, double points) => new()
    {
        Id = Id(criterion),
        Name = new LocalizedText(Id(criterion), Id(criterion)),
        State = passed ? CriterionState.Passed : CriterionState.NotMet,
        Points = points,
        Values = [],
    };

    private static Dictionary<string, string> Read(string relativePath) =>
        XDocument.Load(RepositoryPaths.Of(relativePath)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty, StringComparer.Ordinal);
}
