using System.Text.Json;

namespace FiveStar.Tests.Support;

/// <summary>Small FiveStar criteria documents for tests, written as JSON so each test reads like a criteria file.</summary>
internal static class Documents
{
    /// <summary>The indicators every document built here declares.</summary>
    public const string Indicators = """
      "indicators": [
        { "id": "income", "name": { "zh": "收入", "en": "Income" }, "type": "money", "min": 0 },
        { "id": "toilets", "name": { "zh": "卫生户厕", "en": "Toilets" }, "type": "percent" },
        { "id": "petitions", "name": { "zh": "上访", "en": "Petitions" }, "type": "integer", "min": 0 },
        { "id": "adviser", "name": { "zh": "法律顾问", "en": "Adviser" }, "type": "boolean" },
        { "id": "grade", "name": { "zh": "考核", "en": "Grade" }, "type": "enumeration", "values": [ { "id": "excellent" }, { "id": "competent" }, { "id": "poor" } ] }
      ]
    """;

    /// <summary>A document with one category holding one criterion with the given expression.</summary>
    public static string OneCriterion(string expression, string id = "C1") => $$"""
    {
      "schemaVersion": "1.0",
      "id": "doc",
      "name": { "zh": "测试", "en": "Test" },
      {{Indicators}},
      "parameters": [ { "id": "min_income", "value": 200000, "min": 0, "max": 10000000 } ],
      "categories": [
        { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [
          { "id": "{{id}}", "expression": {{Quote(expression)}} } ] }
      ]
    }
    """;

    /// <summary>Quotes a string as a JSON string literal.</summary>
    public static string Quote(string text) => JsonSerializer.Serialize(text);

    /// <summary>Values for one village, keyed by indicator id.</summary>
    public static Dictionary<string, object?> Village(double income = 250000, double toilets = 90, int petitions = 0, bool adviser = true, string grade = "competent") => new()
    {
        ["income"] = income,
        ["toilets"] = toilets,
        ["petitions"] = petitions,
        ["adviser"] = adviser,
        ["grade"] = grade,
    };

    /// <summary>Finds the 1-based line and column of the <paramref name="occurrence"/>-th occurrence of a text, as a load error should report it.</summary>
    public static (int Line, int Column) Locate(string json, string text, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = json.IndexOf(text, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{text}' occurs fewer than {occurrence + 1} times");
        }

        var line = json[..index].Count(c => c == '\n') + 1;
        var column = index - (json.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return (line, column);
    }
}
