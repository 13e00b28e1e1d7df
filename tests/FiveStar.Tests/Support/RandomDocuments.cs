using System.Globalization;
using System.Text.Json.Nodes;

namespace FiveStar.Tests.Support;

/// <summary>
/// Random but valid FiveStar documents over the indicators of <see cref="Documents.Indicators"/>: 1–4 categories with
/// 1–4 criteria each, every award rule, thresholds as parameters, optional prerequisites and vetoes. Built as JSON nodes
/// so properties can change one thing (a threshold, the order, an enabled flag) and compare.
/// </summary>
internal static class RandomDocuments
{
    private static readonly string[] Comparisons = [">=", ">"];

    public static JsonObject Create(Random random, bool allCriteriaOnly = false)
    {
        var parameters = new JsonArray();
        var categories = new JsonArray();
        var categoryCount = random.Next(1, 5);
        for (var c = 0; c < categoryCount; c++)
        {
            var rules = new JsonArray();
            var criteriaCount = random.Next(1, 5);
            for (var r = 0; r < criteriaCount; r++)
            {
                var id = $"C{c}_{r}";
                var threshold = $"t_{c}_{r}";
                var (indicator, value, max) = random.Next(3) switch
                {
                    0 => ("income", random.Next(0, 500_001), 500_000),
                    1 => ("toilets", Math.Round(random.NextDouble() * 100, 1), 100),
                    _ => ("petitions", random.Next(0, 4), 10),
                };
                parameters.Add(new JsonObject { ["id"] = threshold, ["value"] = value, ["min"] = 0, ["max"] = max });
                var expression = $"{indicator} {Comparisons[random.Next(2)]} {threshold}";
                expression = random.Next(4) switch
                {
                    0 => $"{expression} AND adviser",
                    1 => $"{expression} OR grade == \"excellent\"",
                    _ => expression,
                };
                rules.Add(new JsonObject { ["id"] = id, ["expression"] = expression, ["points"] = random.Next(1, 40) });
            }

            var category = new JsonObject { ["id"] = $"cat{c}", ["name"] = new JsonObject { ["zh"] = $"星{c}", ["en"] = $"Star {c}" } };
            category["award"] = (allCriteriaOnly ? 0 : random.Next(3)) switch
            {
                0 => new JsonObject { ["rule"] = "all" },
                1 => new JsonObject { ["rule"] = "at_least", ["count"] = random.Next(1, criteriaCount + 1) },
                _ => new JsonObject { ["rule"] = "points", ["threshold"] = random.Next(1, rules.Sum(x => (int)x!["points"]!) + 1) },
            };
            if (c > 0 && random.Next(3) == 0)
            {
                category["requires"] = new JsonArray($"cat{random.Next(c)}");
            }

            category["rules"] = rules;
            categories.Add(category);
        }

        var vetoes = new JsonArray();
        if (random.Next(2) == 0)
        {
            vetoes.Add(new JsonObject { ["id"] = "V_cat", ["scope"] = "category", ["category"] = $"cat{random.Next(categoryCount)}", ["expression"] = "petitions >= 3", ["reason"] = new JsonObject { ["zh"] = "否决", ["en"] = "vetoed" } });
        }

        if (random.Next(3) == 0)
        {
            vetoes.Add(new JsonObject { ["id"] = "V_cap", ["scope"] = "rating", ["effect"] = "cap_level", ["capLevel"] = random.Next(0, categoryCount + 1), ["expression"] = "grade == \"poor\" AND NOT adviser" });
        }

        var document = JsonNode.Parse($$"""{ "schemaVersion": "1.0", "id": "random", "name": { "zh": "随机", "en": "Random" }, {{Documents.Indicators}} }""")!.AsObject();
        document["parameters"] = parameters;
        document["vetoes"] = vetoes;
        document["categories"] = categories;
        return document;
    }

    /// <summary>Gets every parameter's value by id.</summary>
    public static IEnumerable<JsonObject> Parameters(JsonObject document) => document["parameters"]!.AsArray().Select(p => p!.AsObject());

    /// <summary>Gets every criterion of every category.</summary>
    public static IEnumerable<JsonObject> Criteria(JsonObject document) =>
        document["categories"]!.AsArray().SelectMany(c => c!["rules"]!.AsArray()).Select(r => r!.AsObject());

    public static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
