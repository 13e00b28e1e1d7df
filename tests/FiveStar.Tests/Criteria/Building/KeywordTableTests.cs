using System.Reflection;
using FiveStar.Criteria;
using FiveStar.Criteria.Building;
using FiveStar.Indicators;
using FiveStar.Tests.Support;

namespace FiveStar.Tests.Criteria.Building;

/// <summary>The enumerated words of the format: every value has a word, spellings fold, and an unknown word says what was expected.</summary>
public sealed class KeywordTableTests
{
    /// <summary>
    /// Values no word stands for: a provenance without a known status is unspecified, and text indicators are declared in
    /// code only.
    /// </summary>
    private static readonly object[] WordlessValues = [ProvenanceStatus.Unspecified, IndicatorType.Text];

    private static string Document(string extra, string award = "", string rule = """ "expression": "income > 0" """) => $$"""
    {
      "schemaVersion": "1.0",
      "id": "doc",
      "name": { "zh": "测试", "en": "Test" },
      {{Documents.Indicators}},{{extra}}
      "categories": [
        { "id": "industry", "name": { "zh": "产业", "en": "Industry" }{{award}}, "rules": [ { "id": "I1", {{rule}} } ] }
      ]
    }
    """;

    public static TheoryData<string> Tables()
    {
        var data = new TheoryData<string>();
        foreach (var field in TableFields())
        {
            data.Add(field.Name);
        }

        return data;
    }

    public static TheoryData<string, string, string> UnknownWords() => new()
    {
        { Document(""" "missingValues": "skip", """), "$.missingValues", "missingValues \"skip\" is not known; expected \"not_met\" or \"met\"" },
        { Document(""" "level": { "mode": "grades" }, """), "$.level.mode", "level mode \"grades\" is not known; expected \"star_count\" or \"score_bands\"" },
        { Document(""" "period": { "kind": "monthly", "year": 2024 }, """), "$.period.kind", "period kind \"monthly\" is not known; expected annual, half_yearly, quarterly or biennial" },
        { Document(string.Empty, """, "award": { "rule": "al" }"""), "$.categories[0].award.rule", "award rule \"al\" is not known (did you mean \"all\"?); expected \"all\", \"at_least\" (with count) or \"points\" (with threshold)" },
        { Document(string.Empty, rule: """ "operator": "Xor", "rules": [ { "id": "I2", "expression": "income > 0" } ] """), "$.categories[0].rules[0].operator", "operator \"Xor\" is not known; expected And, AndAlso, Or or OrElse" },
        { Document(string.Empty, rule: """ "expression": "income > 0", "provenance": { "status": "guessed" } """), "$.categories[0].rules[0].provenance.status", "provenance status \"guessed\" is not known; expected \"sourced\" (with a reference) or \"inferred\"" },
        { Document(""" "vetoes": [ { "id": "v1", "scope": "rating", "effect": "void", "expression": "petitions > 3" } ], """), "$.vetoes[0].effect", "veto effect \"void\" is not known; expected revoke_star, void_rating or cap_level" },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_EveryValue_HasAWord(string name)
    {
        var table = TableFields().Single(f => f.Name == name).GetValue(null)!;
        var type = table.GetType().GetGenericArguments()[0];
        var tryParse = table.GetType().GetMethod(nameof(KeywordTable<LevelMode>.TryParse))!;
        var names = (IReadOnlyList<string>)table.GetType().GetProperty(nameof(KeywordTable<LevelMode>.Names))!.GetValue(table)!;

        var read = names.Select(word =>
        {
            object?[] arguments = [word, null];
            Assert.True((bool)tryParse.Invoke(table, arguments)!, $"{name}: its own word \"{word}\" does not read");
            return arguments[1];
        }).ToList();

        Assert.Equal(names.Count, read.Distinct().Count());
        Assert.Empty(Enum.GetValues(type).Cast<object>().Except(read).Except(WordlessValues));
    }

    [Theory]
    [InlineData("half_yearly")]
    [InlineData("HalfYearly")]
    [InlineData("half-yearly")]
    [InlineData("SEMIANNUAL")]
    public void TryParse_Spellings_FoldToOneWord(string word)
    {
        Assert.True(Keywords.PeriodKinds.TryParse(word, out var kind));
        Assert.Equal(PeriodKind.HalfYearly, kind);
    }

    [Fact]
    public void TryParse_AbsentWord_IsNotKnown()
    {
        Assert.False(Keywords.AwardRules.TryParse(null, out _));
    }

    [Theory]
    [MemberData(nameof(UnknownWords))]
    public void Load_UnknownWord_ReportsAtItsMemberWhatWasExpected(string json, string path, string message)
    {
        var messages = TestFactory.LoadError(json).Diagnostics.Where(d => d.JsonPath == path).Select(d => d.Message);

        Assert.Contains(message, messages);
    }

    [Fact]
    public void Load_UnknownIndicatorType_SuggestsTheNearestType()
    {
        var json = Document(string.Empty).Replace("\"type\": \"money\"", "\"type\": \"mony\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics, d => d.JsonPath == "$.indicators[0].type");

        Assert.Equal("income", diagnostic.CriterionId);
        Assert.StartsWith("indicator \"income\" has type \"mony\" (did you mean \"money\"?); expected number", diagnostic.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<FieldInfo> TableFields() =>
        typeof(Keywords).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(KeywordTable<>));
}
