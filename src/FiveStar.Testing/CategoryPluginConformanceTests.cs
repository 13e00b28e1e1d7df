using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Plugins;
using FiveStar.Rating;
using FiveStar.Text;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace FiveStar.Testing;

/// <summary>
/// The checks every category plug-in must pass. A plug-in's test project references the FiveStar.Testing package and
/// derives a class from this one that says how to register the plug-in and which category it provides; the checks
/// cover the id, idempotent registration, the indicators, the default criteria and how derived indicators treat
/// missing inputs.
/// </summary>
/// <example>
/// <code>
/// public sealed class MyStarConformanceTests : CategoryPluginConformanceTests
/// {
///     protected override string CategoryId => "my_star";
///     protected override void Register(IFiveStarBuilder builder) => builder.AddPluginsFrom("plugins");
/// }
/// </code>
/// </example>
public abstract class CategoryPluginConformanceTests
{
    /// <summary>Gets the category id the plug-in must provide.</summary>
    protected abstract string CategoryId { get; }

    /// <summary>Registers the plug-in, as its users would.</summary>
    /// <param name="builder">The FiveStar builder.</param>
    protected abstract void Register(IFiveStarBuilder builder);

    /// <summary>The category id is snake_case ASCII, equals <see cref="CategoryId"/>, and has Chinese and English names.</summary>
    [Fact]
    public void CategoryId_IsSnakeCaseAndMatchesTheManifest()
    {
        var category = Category();

        Assert.Matches("^[a-z][a-z0-9_]*$", category.Id);
        Assert.Equal(CategoryId, category.Id);
        Assert.False(string.IsNullOrWhiteSpace(category.Name.Zh), "the category needs a Chinese name");
        Assert.False(string.IsNullOrWhiteSpace(category.Name.En), "the category needs an English name");
    }

    /// <summary>Registering the plug-in twice registers it once.</summary>
    [Fact]
    public void Register_Twice_RegistersThePluginOnce()
    {
        var services = new ServiceCollection();
        services.AddFiveStar(Register);
        services.AddFiveStar(Register);

        using var provider = services.BuildServiceProvider();
        var plugins = provider.GetServices<CategoryPlugin>().Where(p => p.CategoryId == CategoryId).ToList();

        Assert.Single(plugins);
        Assert.Single(provider.GetRequiredService<CategoryCatalog>().Categories, c => c.Id == CategoryId);
    }

    /// <summary>Each indicator has a snake_case id, both names, a sensible range and, for enumerations, values.</summary>
    [Fact]
    public void Indicators_AreWellFormed()
    {
        var category = Category();

        Assert.NotEmpty(category.Indicators);
        Assert.Equal(category.Indicators.Count, category.Indicators.Select(i => i.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var indicator in category.Indicators)
        {
            Assert.Matches("^[a-z][a-z0-9_]*$", indicator.Id);
            Assert.False(string.IsNullOrWhiteSpace(indicator.Name.Zh), $"{indicator.Id} needs a Chinese name");
            Assert.False(string.IsNullOrWhiteSpace(indicator.Name.En), $"{indicator.Id} needs an English name");
            if (indicator.Minimum is { } min && indicator.Maximum is { } max)
            {
                Assert.True(min <= max, $"{indicator.Id}: min {min} > max {max}");
            }

            if (indicator.Type == IndicatorType.Percent)
            {
                Assert.InRange(indicator.EffectiveMinimum ?? 0, 0, 100);
                Assert.InRange(indicator.EffectiveMaximum ?? 100, 0, 100);
            }

            if (indicator.Type is IndicatorType.WholeNumber or IndicatorType.Money && !indicator.IsDerived)
            {
                Assert.True(indicator.Minimum is not null, $"{indicator.Id} is a count or amount and needs a lower bound");
            }

            if (indicator.Type == IndicatorType.Enumeration)
            {
                Assert.NotEmpty(indicator.Values);
            }
        }
    }

    /// <summary>The default criteria load and compile, each with both names and a provenance.</summary>
    [Fact]
    public void DefaultCriteria_LoadAndCompile()
    {
        var rater = Rater();

        Assert.Single(rater.Categories);
        Assert.NotEmpty(rater.Criteria);
        foreach (var criterion in rater.Categories[0].Criteria)
        {
            Assert.False(string.IsNullOrWhiteSpace(criterion.Name.Zh), $"{criterion.Id} needs a Chinese name");
            Assert.False(string.IsNullOrWhiteSpace(criterion.Name.En), $"{criterion.Id} needs an English name");
            Assert.NotNull(criterion.Provenance);
            Assert.NotEqual(ProvenanceStatus.Unspecified, criterion.Provenance!.Status);
        }
    }

    /// <summary>A village with no values makes every criterion missing, never failed.</summary>
    [Fact]
    public void DerivedIndicators_WithMissingInputs_MakeCriteriaMissingNotFailed()
    {
        var rater = Rater();
        var batch = rater.CreateBatch(1);
        var row = batch.Add("empty", "empty");

        var rating = rater.RateRow(batch, row, Language.English);

        Assert.All(rating.Categories.SelectMany(c => c.Criteria), c => Assert.Equal(CriterionState.Missing, c.State));
        Assert.Equal(0, rating.Stars);
    }

    /// <summary>Villages at the low and high edges of every range never make a criterion fail to evaluate.</summary>
    [Fact]
    public void DerivedIndicators_AtTheEdgesOfTheirRanges_NeverFail()
    {
        var rater = Rater();
        var batch = rater.CreateBatch(2);
        foreach (var edge in new[] { "low", "high" })
        {
            var row = batch.Add(edge, edge);
            for (var slot = 0; slot < rater.Schema.Count; slot++)
            {
                var indicator = rater.Schema.Indicators[slot];
                var value = indicator.Type switch
                {
                    IndicatorType.Enumeration => edge == "low" ? indicator.Values.Count - 1 : 0,
                    IndicatorType.Boolean => edge == "low" ? 0 : 1,
                    _ => edge == "low" ? indicator.EffectiveMinimum ?? 0 : indicator.EffectiveMaximum ?? 1_000_000,
                };
                batch.Set(row, slot, value);
            }
        }

        for (var row = 0; row < batch.Count; row++)
        {
            var rating = rater.RateRow(batch, row, Language.English);
            Assert.All(rating.Categories.SelectMany(c => c.Criteria), c => Assert.True(c.State is CriterionState.Passed or CriterionState.NotMet, $"{c.Id} is {c.State} for the {batch.GetId(row)} edge: {c.Message}"));
        }
    }

    private RegisteredCategory Category()
    {
        var services = new ServiceCollection();
        services.AddFiveStar(Register);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<CategoryCatalog>().Find(CategoryId)
            ?? throw new Xunit.Sdk.XunitException($"no registered plug-in provides {CategoryId}");
    }

    private StarRater Rater()
    {
        var services = new ServiceCollection();
        services.AddFiveStar(Register);
        using var provider = services.BuildServiceProvider();
        var json = $$"""{ "schemaVersion": "1.0", "id": "conformance", "categories": [ { "id": "{{CategoryId}}" } ] }""";
        return provider.GetRequiredService<StarRaterFactory>().FromJson(json, "conformance.json");
    }
}
