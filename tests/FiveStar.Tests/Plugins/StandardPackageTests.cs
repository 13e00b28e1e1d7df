using FiveStar.Criteria;
using FiveStar.Rating;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FiveStar.Tests.Plugins;

/// <summary>The engine stands alone; the standard scheme comes from FiveStar.Standard, and its absence is explained.</summary>
public class StandardPackageTests
{
    [Fact]
    public void Engine_ReferencesNoPlugin()
    {
        var references = typeof(StarRater).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Equal("FiveStar.Core", typeof(StarRater).Assembly.GetName().Name);
        Assert.Contains("FiveStar.Abstractions", references);
        Assert.DoesNotContain(references, name => name.StartsWith("FiveStar.Plugins.", StringComparison.Ordinal) || name == "FiveStar.Standard");
    }

    [Fact]
    public void AddStandardCategories_GivesTheFiveStarsAndTheShippedDocument()
    {
        var factory = StarRaterFactory.Create(b => b.AddStandardCategories().AddStandardCategories());

        var rater = factory.FromBuiltIn(StandardCriteria.HenanRural2022);

        Assert.Equal(["branch_strong", "industry_prosperity", "ecological_livable", "safety_rule_of_law", "civility_happiness"], factory.Catalog.Categories.Select(c => c.Id));
        Assert.Single(factory.Catalog.ShippedDocuments);
        Assert.Equal(StandardCriteria.HenanRural2022, rater.Document.Id);
        Assert.Equal(29, rater.CriterionCount);
    }

    [Theory]
    [InlineData("en", "FiveStar.Standard")]
    [InlineData("zh", "内置标准")]
    public void Extends_TheStandardWithoutTheStandardPackage_SaysWhereItComesFrom(string language, string expected)
    {
        var factory = new StarRaterFactory(new FiveStar.Criteria.CategoryCatalog([]), new CriteriaLoaderOptions { Language = FiveStar.Text.Language.Parse(language) });

        var exception = Assert.Throws<CriteriaException>(() => factory.FromJson("""{ "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022" }""", "town.json"));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("AddStandardCategories()", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBuiltIn_AnIdNoPackageShips_NamesTheShippedOnes()
    {
        var factory = StarRaterFactory.Create(b => b.AddStandardCategories());

        var exception = Assert.Throws<ArgumentException>(() => factory.FromBuiltIn("henan-rural-2099"));

        Assert.Contains("henan-rural-2099", exception.Message, StringComparison.Ordinal);
        Assert.Contains("henan-rural-2022", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBuiltInCriteria_WithoutThePackageThatShipsIt_FailsAtStartWithTheHint()
    {
        using var provider = new ServiceCollection().AddFiveStar(b => b.AddBuiltInCriteria(StandardCriteria.HenanRural2022)).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<StarRaterRegistry>().All);

        Assert.Contains("AddStandardCategories()", exception.Message, StringComparison.Ordinal);
    }
}
