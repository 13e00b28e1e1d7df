using System.Text.Json.Nodes;
using FiveStar.Criteria;
using FiveStar.Criteria.Building;
using FiveStar.Rating;
using FiveStar.Tests.Support;

namespace FiveStar.Tests.Criteria;

/// <summary>The one table of veto effects: every effect has its row, and what reads effects reads the table.</summary>
public class VetoEffectTableTests
{
    [Fact]
    public void All_EveryVetoEffect_HasOneRow()
    {
        Assert.Equal(Enum.GetValues<VetoEffect>().Order(), VetoEffectTable.All.Select(r => r.Effect).Order());
    }

    [Fact]
    public void DefaultFor_EachScope_IsItsFirstRow()
    {
        Assert.Equal(VetoEffect.RevokeStar, VetoEffectTable.DefaultFor(VetoScope.Category).Effect);
        Assert.Equal(VetoEffect.VoidRating, VetoEffectTable.DefaultFor(VetoScope.Rating).Effect);
        Assert.All(Enum.GetValues<VetoScope>(), scope => Assert.Equal(scope, VetoEffectTable.DefaultFor(scope).Scope));
    }

    [Fact]
    public void Words_AreTheKeywordsAndTheSchemasEnumeration()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Of("src/FiveStar/Schema/criteria.schema.json")))!;
        var effect = FindMember(schema, "effect")!;

        Assert.Equal(VetoEffectTable.All.Select(r => r.Word), effect["enum"]!.AsArray().Select(w => (string)w!));
        Assert.All(VetoEffectTable.All, r => Assert.Contains(r.Word, Keywords.VetoEffects.Names));
    }

    private static JsonNode? FindMember(JsonNode node, string name) => node switch
    {
        JsonObject o when o[name] is JsonObject member && member["enum"] is not null => member,
        JsonObject o => o.Select(p => p.Value is null ? null : FindMember(p.Value, name)).FirstOrDefault(n => n is not null),
        JsonArray a => a.Select(n => n is null ? null : FindMember(n, name)).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
