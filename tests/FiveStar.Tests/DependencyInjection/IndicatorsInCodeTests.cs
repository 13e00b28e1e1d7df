using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar.Tests.DependencyInjection;

public class IndicatorsInCodeTests
{
    private const string Criteria = """
    { "schemaVersion": "1.0", "id": "in-code", "categories": [ { "id": "water", "name": { "zh": "水", "en": "Water" },
      "rules": [ { "id": "W1", "expression": "tap_water_pct >= 90" } ] } ] }
    """;

    [Fact]
    public void AddIndicators_DeclaredInCode_AreAvailableToDocuments()
    {
        var services = new ServiceCollection();
        var tapWater = new IndicatorDefinition { Id = "tap_water_pct", Name = new LocalizedText("自来水入户率", "Tap water coverage"), Type = IndicatorType.Percent };
        services.AddFiveStar(b => b.AddIndicators(tapWater).AddIndicators(tapWater).AddCriteriaJson(Criteria));
        using var provider = services.BuildServiceProvider();

        var rater = provider.GetRequiredService<global::FiveStar.StarRaterRegistry>().Default;
        var batch = rater.CreateBatch(2);
        batch.Set(batch.Add("a", "a"), "tap_water_pct", 95);
        batch.Set(batch.Add("b", "b"), "tap_water_pct", 60);

        Assert.Equal(CriterionState.Passed, rater.RateRow(batch, 0, Language.Chinese).Categories[0].Criteria[0].State);
        Assert.Equal(CriterionState.NotMet, rater.RateRow(batch, 1, Language.Chinese).Categories[0].Criteria[0].State);
        Assert.Single(provider.GetRequiredService<global::FiveStar.Criteria.CategoryCatalog>().DeclaredIndicators);
    }

    [Fact]
    public void Compile_IndicatorNeitherDeclaredNorProvided_FailsAtLoad()
    {
        var services = new ServiceCollection();
        services.AddFiveStar(b => b.AddCriteriaJson(Criteria, "water.json"));
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<global::FiveStar.DependencyInjection.FiveStarOptions>>().Value);

        Assert.Contains("water.json", exception.Message, StringComparison.Ordinal);
        Assert.Contains("W1: unknown indicator 'tap_water_pct'", exception.Message, StringComparison.Ordinal);
    }
}
