using FiveStar.Compilation.Planning;
using FiveStar.Criteria;
using FiveStar.Tests.Support;

namespace FiveStar.Tests.Compilation.Planning;

public class AwardPlannerTests
{
    // The star listed first requires the one listed second, and a veto revokes the second.
    private const string Document = """
    {
      "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测试", "en": "Test" },
      "indicators": [ { "id": "x", "name": { "zh": "x", "en": "x" }, "type": "number" } ],
      "categories": [
        { "id": "eco", "name": { "zh": "生态", "en": "Eco" }, "requires": [ "industry" ], "rules": [ { "id": "E1", "expression": "x > 4" } ] },
        { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "award": { "rule": "at_least", "count": 1 },
          "rules": [ { "id": "I1", "expression": "x > 1" }, { "id": "I2", "expression": "x > 2" } ] }
      ],
      "vetoes": [
        { "id": "V1", "name": { "zh": "否", "en": "No" }, "scope": "category", "category": "industry", "effect": "revoke_star", "expression": "x > 5", "reason": { "zh": "否", "en": "No" } }
      ]
    }
    """;

    [Fact]
    public void Build_PrerequisiteListedLater_IsPlannedFirst()
    {
        var factory = TestFactory.Create();
        var document = factory.Loader.LoadJson(Document, "test.json");
        var compiled = factory.Compiler.Compile(document);
        var criteria = document.Categories
            .Select((_, c) => (IReadOnlyList<int>)compiled.Predicates.Where(p => p.CategoryIndex == c).Select(p => p.Index).ToList())
            .ToList();

        var plans = AwardPlanner.Build(document, criteria, compiled.Predicates, compiled.CriterionCount);

        Assert.Equal(["industry", "eco"], plans.Select(p => p.Definition.Id));
        var industry = plans[0];
        Assert.Equal(0b110UL, industry.Mask[0]);
        Assert.Equal((AwardKind.AtLeast, 1), (industry.Rule.Kind, industry.Definition.Award.Count));
        Assert.Equal([3], industry.Vetoes);
        Assert.Equal(1UL << 1, plans[1].RequiresMask);
    }
}
