using System.Text;
using FiveStar.Criteria;
using FiveStar.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar.Tests.Criteria;

/// <summary>The effective document written in the criteria format loads again, on its own, to the same scheme.</summary>
public sealed class CriteriaJsonWriterTests
{
    private const string Town = """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [ { "id": "min_collective_income_yuan", "value": 100000 } ],
          "categories": [ { "id": "ecological_livable", "award": { "rule": "at_least", "count": 5 } } ] }
        """;

    [Fact]
    public void Write_TownExtendingTheStandard_LoadsAgainWithoutExtendsAndTheSameScheme()
    {
        var factory = Factory();
        var document = factory.LoadJson(Town, "town.json", null);

        var json = Write(document);
        var again = factory.LoadJson(json, "effective.json", null);

        Assert.DoesNotContain("\"extends\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": \"1.0\"", json, StringComparison.Ordinal);
        Assert.Contains("村集体经济收入", json, StringComparison.Ordinal);
        Assert.Empty(again.Extends);
        Assert.Empty(again.Warnings);
        Assert.Equal(document.Parameters.Select(p => (p.Id, p.Value)), again.Parameters.Select(p => (p.Id, p.Value)));
        Assert.Equal(document.Categories.Select(c => (c.Id, c.Award.Kind, c.Award.Count, c.Criteria.Count)), again.Categories.Select(c => (c.Id, c.Award.Kind, c.Award.Count, c.Criteria.Count)));
        Assert.Equal(
            document.Categories.SelectMany(c => c.Criteria).Select(c => (c.Id, c.Expression, c.Enabled)),
            again.Categories.SelectMany(c => c.Criteria).Select(c => (c.Id, c.Expression, c.Enabled)));
        Assert.Equal(document.Vetoes.Select(v => (v.Id, v.Expression, v.Effect)), again.Vetoes.Select(v => (v.Id, v.Expression, v.Effect)));
        Assert.Equal(100000, again.Parameters.Single(p => p.Id == "min_collective_income_yuan").Value);
    }

    [Fact]
    public void Write_SameDocument_SameBytes()
    {
        var factory = Factory();

        var first = Write(factory.LoadJson(Town, "town.json", null));
        var second = Write(factory.LoadJson(Town, "town.json", null));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_RulesEngineWorkflowFile_IsRefused()
    {
        var document = Factory().LoadJson("""[ { "WorkflowName": "w", "Rules": [ { "RuleName": "r", "Expression": "x > 1" } ] } ]""", "w.json", null);

        Assert.Throws<InvalidOperationException>(() => Write(document));
    }

    private static string Write(CriteriaDocument document)
    {
        using var stream = new MemoryStream();
        CriteriaJsonWriter.Write(document, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static StarRaterFactory Factory() =>
        StarRaterFactory.Create(b => b.AddStandardCategories().Services.Configure<CriteriaLoaderOptions>(o => o.Language = Language.English));
}
