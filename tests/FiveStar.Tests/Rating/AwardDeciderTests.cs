using FiveStar.Rating;
using FiveStar.Tests.Support;

namespace FiveStar.Tests.Rating;

/// <summary>The award rules decided from criterion bits alone, with no village, batch or rater.</summary>
public class AwardDeciderTests
{
    // Predicates in order: I1, I2, I3 (industry), E1 (eco, requires industry), then the vetoes V1 (revokes industry), V2 (caps the level at 1).
    private const string Document = """
    {
      "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测试", "en": "Test" },
      "indicators": [ { "id": "x", "name": { "zh": "x", "en": "x" }, "type": "number" } ],
      "categories": [
        { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "award": { "rule": "at_least", "count": 2 },
          "rules": [ { "id": "I1", "expression": "x > 1" }, { "id": "I2", "expression": "x > 2" }, { "id": "I3", "expression": "x > 3" } ] },
        { "id": "eco", "name": { "zh": "生态", "en": "Eco" }, "requires": [ "industry" ], "rules": [ { "id": "E1", "expression": "x > 4" } ] }
      ],
      "vetoes": [
        { "id": "V1", "name": { "zh": "否", "en": "No" }, "scope": "category", "category": "industry", "effect": "revoke_star", "expression": "x > 5", "reason": { "zh": "否", "en": "No" } },
        { "id": "V2", "name": { "zh": "限", "en": "Cap" }, "scope": "rating", "effect": "cap_level", "capLevel": 1, "expression": "x > 6", "reason": { "zh": "限", "en": "Cap" } }
      ]
    }
    """;

    private static readonly AwardDecider Decider = Create(Document);

    private static AwardDecider Create(string json)
    {
        var factory = TestFactory.Create();
        return new AwardDecider(factory.Compiler.Compile(factory.Loader.LoadJson(json, "test.json")));
    }

    private static (AwardDecision Decision, CategoryOutcome[] Outcomes) Decide(ulong passed, ulong missing = 0)
    {
        var outcomes = new CategoryOutcome[2];
        var decision = Decider.Decide([passed], [missing], [], outcomes);
        return (decision, outcomes);
    }

    [Theory]
    [InlineData(0b0011UL, CategoryOutcome.Awarded)]
    [InlineData(0b0101UL, CategoryOutcome.Awarded)]
    [InlineData(0b0001UL, CategoryOutcome.CriteriaNotMet)]
    [InlineData(0b0000UL, CategoryOutcome.CriteriaNotMet)]
    public void Decide_AtLeastTwoOfThree_CountsThePassedBits(ulong passed, CategoryOutcome expected)
    {
        var (_, outcomes) = Decide(passed);

        Assert.Equal(expected, outcomes[0]);
    }

    [Fact]
    public void Decide_PrerequisiteNotAwarded_WithholdsTheStarThatRequiresIt()
    {
        var (decision, outcomes) = Decide(0b1001UL);

        Assert.Equal([CategoryOutcome.CriteriaNotMet, CategoryOutcome.PrerequisiteNotMet], outcomes);
        Assert.Equal(0, decision.Stars);
    }

    [Fact]
    public void Decide_EveryRuleMet_AwardsBothStarsAtLevelTwo()
    {
        var (decision, outcomes) = Decide(0b1111UL);

        Assert.Equal([CategoryOutcome.Awarded, CategoryOutcome.Awarded], outcomes);
        Assert.Equal(new AwardDecision(0b11UL, 2, 2, 0), decision);
    }

    [Fact]
    public void Decide_CategoryVetoApplies_RevokesThatStarAndWhatRequiresIt()
    {
        var (decision, outcomes) = Decide(0b1_1111UL);

        Assert.Equal([CategoryOutcome.Vetoed, CategoryOutcome.PrerequisiteNotMet], outcomes);
        Assert.Equal(0UL, decision.Awarded);
    }

    [Fact]
    public void Decide_RatingCapApplies_KeepsTheStarsAndCapsTheLevel()
    {
        var (decision, _) = Decide(0b10_1111UL);

        Assert.Equal(2, decision.Stars);
        Assert.Equal(1, decision.Level);
    }

    [Fact]
    public void Decide_MissingBitsWithTheDefaultPolicy_CountAsNotMet()
    {
        var (_, outcomes) = Decide(0b0001UL, missing: 0b0010UL);

        Assert.Equal(CategoryOutcome.CriteriaNotMet, outcomes[0]);
    }

    [Fact]
    public void Decide_WithoutOutcomes_GivesTheSameDecision()
    {
        var withOutcomes = Decide(0b0111UL).Decision;

        var alone = Decider.Decide([0b0111UL], [0UL], [], []);

        Assert.Equal(withOutcomes, alone);
    }
}
