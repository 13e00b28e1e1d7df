using FiveStar.Criteria;
using FiveStar.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar.Tests.Criteria;

/// <summary>The effective document says where each threshold, award rule and criterion was written: plug-in, standard or the town's file.</summary>
public sealed class SourceTrailTests
{
    private const string Town = """
        {
          "schemaVersion": "1.0",
          "id": "town",
          "extends": "henan-rural-2022",
          "parameters": [
            { "id": "min_collective_income_yuan",
              "value": 100000 }
          ],
          "categories": [
            { "id": "ecological_livable", "award": { "rule": "at_least", "count": 5 },
              "rules": [ { "id": "E4", "enabled": false } ] }
          ]
        }
        """;

    [Fact]
    public void WhereSet_ParameterTheTownOverrides_IsTheTownLineAndThePluginDefinesIt()
    {
        var document = Load(Town);

        var parameter = document.Parameters.Single(p => p.Id == "min_collective_income_yuan");

        Assert.Equal(100000, parameter.Value);
        Assert.Equal(new SourceLocation("town.json", 7, 7, SourceKind.Document), parameter.Trail.WhereSet("value"));
        Assert.Equal(SourceKind.Plugin, parameter.Trail.DefinedAt!.Kind);
        Assert.StartsWith("FiveStar.Plugins.IndustryProsperity:manifest.json", parameter.Trail.DefinedAt.File, StringComparison.Ordinal);
        Assert.Equal("town.json", parameter.Trail.ChangedAt!.File);
    }

    [Fact]
    public void WhereSet_ParameterNobodyOverrides_IsThePluginsDefault()
    {
        var document = Load(Town);

        var parameter = document.Parameters.Single(p => p.Id == "min_land_transfer_mu");

        Assert.Equal(SourceKind.Plugin, parameter.Trail.WhereSet("value")!.Kind);
        Assert.NotNull(parameter.Trail.WhereSet("value")!.Line);
        Assert.Null(parameter.Trail.ChangedAt);
    }

    [Fact]
    public void WhereSet_AwardAndPrerequisites_NameTheTownAndTheStandard()
    {
        var document = Load(Town);

        var ecological = document.Categories.Single(c => c.Id == "ecological_livable");
        var branch = document.Categories.Single(c => c.Id == "branch_strong");

        Assert.Equal(("town.json", 10), (ecological.Trail.WhereSet("award")!.File, ecological.Trail.WhereSet("award")!.Line!.Value));
        Assert.Equal(SourceKind.Shipped, branch.Trail.WhereSet("requires")!.Kind);
        Assert.Equal("builtin:henan-rural-2022", branch.Trail.WhereSet("requires")!.File);
        Assert.Equal(SourceKind.Plugin, branch.Trail.DefinedAt!.Kind);
    }

    [Fact]
    public void WhereSet_CriterionTheTownDisables_IsTheTownLine()
    {
        var document = Load(Town);

        var criterion = document.Categories.Single(c => c.Id == "ecological_livable").Criteria.Single(c => c.Id == "E4");

        Assert.False(criterion.Enabled);
        Assert.Equal(new SourceLocation("town.json", 11, 32, SourceKind.Document), criterion.Trail.WhereSet("enabled"));
        Assert.Equal(SourceKind.Plugin, criterion.Trail.WhereSet("expression")!.Kind);
    }

    [Fact]
    public void WhereSet_MemberNoDocumentWrites_IsNull()
    {
        var document = Load(Town);

        Assert.Null(document.Categories.Single(c => c.Id == "industry_prosperity").Trail.WhereSet("globalParams"));
    }

    [Fact]
    public void ToString_Location_IsFileLineColumn()
    {
        Assert.Equal("town.json:7:15", new SourceLocation("town.json", 7, 15, SourceKind.Document).ToString());
        Assert.Equal("town.json", new SourceLocation("town.json", null, null, SourceKind.Document).ToString());
    }

    internal static CriteriaDocument Load(string json) =>
        StarRaterFactory.Create(b => b.AddStandardCategories().Services.Configure<CriteriaLoaderOptions>(o => o.Language = Language.English))
            .LoadJson(json, "town.json", null);
}
