using FiveStar.Criteria;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Criteria;

/// <summary>Issue 14, item 1: every name is <c>{ "zh", "en" }</c> or a plain string for both languages.</summary>
public sealed class LocalizedTextTests
{
    private const string Document = """
    { "schemaVersion": "1.0", "id": "doc", "name": "茶乡评定办法",
      "indicators": [ { "id": "tea_area_mu", "name": "茶园面积", "unit": "亩" } ],
      "categories": [ { "id": "tea", "name": "茶叶星", "rules": [ { "id": "T1", "name": { "zh": "茶园", "en": "Tea gardens" }, "expression": "tea_area_mu >= 50" } ] } ] }
    """;

    [Fact]
    public void Load_NamesAsPlainStrings_StandForBothLanguages()
    {
        var document = TestFactory.Rater(Document).Document;

        Assert.Equal("茶乡评定办法", document.Name.In(Language.English));
        Assert.Equal("茶叶星", document.Categories[0].Name.In(Language.Chinese));
        Assert.Equal("茶叶星", document.Categories[0].Name.In(Language.English));
        Assert.Equal("亩", document.Indicators[0].Unit.In(Language.English));
        Assert.Equal("Tea gardens", document.Categories[0].Criteria[0].Name.In(Language.English));
    }

    [Theory]
    [InlineData("en", "the value at $.categories[0].name has the wrong type: expected a text: a string, or {\"zh\": \"...\", \"en\": \"...\"}")]
    [InlineData("zh", "$.categories[0].name 处的值类型不对：应为文本（字符串，或 {\"zh\": \"...\", \"en\": \"...\"}）")]
    public void Load_NameOfTheWrongType_SaysATextIsExpected(string language, string expected)
    {
        var json = Document.Replace("\"name\": \"茶叶星\"", "\"name\": 5", StringComparison.Ordinal);
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { Language = Language.Parse(language) });

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => factory.FromJson(json, "doc.json")).Diagnostics);

        Assert.Equal(expected, diagnostic.Message);
    }

    [Fact]
    public void Load_TextWithAnUnknownLanguage_NamesTheNearest()
    {
        var json = Document.Replace("\"en\": \"Tea gardens\"", "\"eng\": \"Tea gardens\"", StringComparison.Ordinal);
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { Language = Language.English });

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => factory.FromJson(json, "doc.json")).Diagnostics);

        Assert.Contains("unknown member 'eng'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'en'?", diagnostic.Message, StringComparison.Ordinal);
    }
}
