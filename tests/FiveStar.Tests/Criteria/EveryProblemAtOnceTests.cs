using FiveStar.Criteria;
using FiveStar.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar.Tests.Criteria;

/// <summary>Issue 14, item 4: structural and expression problems of one file are reported in one run, each once, where the user wrote it.</summary>
public sealed class EveryProblemAtOnceTests
{
    private const string Town = """
    {
      "schemaVersion": "1.0",
      "id": "town",
      "colour": "red",
      "extends": "henan-rural-2022",
      "parameters": [ { "id": "min_collective_incom_yuan", "value": 150000 } ],
      "categories": [
        { "id": "industry_prosperity", "rules": [
          { "id": "I1", "expresion": "collective_income_yuan >= 1" },
          { "id": "I2", "expression": "collective_income_yuan （>= 1" },
          { "id": "I3", "points": "ten" }
        ] }
      ]
    }
    """;

    [Fact]
    public void FromJson_UnknownMemberAndOverrideTypoAndFullWidthPunctuation_ReportsAllInOneRunAtTheirLines()
    {
        var diagnostics = Error(Town, Language.English).Diagnostics;

        Assert.Collection(
            diagnostics,
            d => Assert.Equal((4, "unknown member 'colour' in the document"), (d.Line!.Value, d.Message[..39])),
            d => Assert.Equal((6, "min_collective_incom_yuan"), (d.Line!.Value, d.CriterionId)),
            d =>
            {
                Assert.Equal(9, d.Line);
                Assert.Equal(21, d.Column);
                Assert.Equal("unknown member 'expresion' in a rule; did you mean 'expression'? (member names are case-insensitive)", d.Message);
            },
            d => Assert.Equal((10, "I2"), (d.Line!.Value, d.CriterionId)),
            d =>
            {
                Assert.Equal(11, d.Line);
                Assert.Equal("the value at $.categories[0].rules[2].points has the wrong type: expected a number", d.Message);
            });
        Assert.Contains("full-width punctuation", diagnostics[3].Message, StringComparison.Ordinal);
        Assert.All(diagnostics, d => Assert.Equal("town.json", d.File));
    }

    [Fact]
    public void FromJson_EveryProblemInChinese_ReportsAllInChinese()
    {
        var diagnostics = Error(Town, Language.Chinese).Diagnostics;

        Assert.Equal(5, diagnostics.Count);
        Assert.Contains("文件顶层中有无法识别的成员“colour”", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("一条标准中有无法识别的成员“expresion”；是否想写“expression”？", diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Contains("全角符号", diagnostics[3].Message, StringComparison.Ordinal);
        Assert.Contains("值类型不对：应为数字", diagnostics[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_NewCriterionWithAnExpressionOfTheWrongType_IsOneErrorNotAlsoMissingExpression()
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [ { "id": "industry_prosperity", "rules": [ { "id": "I9", "expression": 5 } ] } ] }
        """;

        var diagnostic = Assert.Single(Error(town, Language.English).Diagnostics);

        Assert.Equal("the value at $.categories[0].rules[0].expression has the wrong type: expected a string", diagnostic.Message);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void FromJson_NewCriterionWithAMisspeltExpression_IsOneErrorWithTheNearestMember()
    {
        const string town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "categories": [ { "id": "industry_prosperity", "rules": [ { "id": "I9", "Expresion": "collective_income_yuan > 1" } ] } ] }
        """;

        var diagnostic = Assert.Single(Error(town, Language.English).Diagnostics);

        Assert.Contains("unknown member 'Expresion' in a rule; did you mean 'Expression'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadJson_StructuralAndExpressionProblems_AreReportedTogether()
    {
        const string document = """
        { "schemaVersion": "1.0", "id": "doc", "name": { "zh": "t", "en": "t" }, "colour": 1,
          "categories": [ { "id": "c", "name": { "zh": "c", "en": "c" }, "rules": [ { "id": "R1", "expression": "undefined_thing > 1" } ] } ] }
        """;
        var factory = StarRaterFactory.Create(b => b.Services.Configure<CriteriaLoaderOptions>(o => o.Language = Language.English));

        var diagnostics = Assert.Throws<CriteriaException>(() => factory.LoadJson(document, "doc.json", null)).Diagnostics;

        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("'colour'", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("R1", diagnostics[1].CriterionId);
    }

    private static CriteriaException Error(string json, Language language)
    {
        var factory = StarRaterFactory.Create(b => b.AddStandardCategories().Services.Configure<CriteriaLoaderOptions>(o => o.Language = language));
        return Assert.Throws<CriteriaException>(() => factory.FromJson(json, "town.json", null));
    }
}
