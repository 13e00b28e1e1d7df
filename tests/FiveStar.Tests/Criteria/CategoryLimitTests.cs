using FiveStar.Tests.Support;

namespace FiveStar.Tests.Criteria;

public class CategoryLimitTests
{
    [Fact]
    public void Load_MoreThanSixtyFourCategories_FailsWithTheLimit()
    {
        var categories = string.Join(",", Enumerable.Range(0, 65).Select(i => $$"""{ "id": "c{{i}}", "name": { "zh": "星", "en": "Star" }, "rules": [ { "id": "R", "expression": "x > 1" } ] }"""));
        var json = $$"""{ "schemaVersion": "1.0", "id": "many", "indicators": [ { "id": "x", "name": { "zh": "x", "en": "x" }, "type": "number" } ], "categories": [ {{categories}} ] }""";

        var exception = TestFactory.LoadError(json);

        Assert.Contains(exception.Diagnostics, d => d.Message.Contains("at most 64 stars", StringComparison.Ordinal));
    }
}
