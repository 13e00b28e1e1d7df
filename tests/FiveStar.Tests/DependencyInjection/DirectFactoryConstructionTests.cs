using FiveStar.Criteria;
using FiveStar.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FiveStar.Tests.DependencyInjection;

public class DirectFactoryConstructionTests
{
    private static readonly string Good = Documents.OneCriterion("income >= min_income");

    [Fact]
    public void Create_StandardCategories_SameCategoriesAsTheProvider()
    {
        var direct = StarRaterFactory.Create(b => b.AddStandardCategories());
        using var provider = new ServiceCollection().AddFiveStar(b => b.AddStandardCategories()).BuildServiceProvider();
        var viaProvider = provider.GetRequiredService<StarRaterFactory>();

        Assert.Equal(viaProvider.Catalog.Categories.Select(c => c.Id), direct.Catalog.Categories.Select(c => c.Id));
        Assert.Equal(viaProvider.Catalog.ShippedDocuments.Select(d => d.Id), direct.Catalog.ShippedDocuments.Select(d => d.Id));
    }

    [Fact]
    public void Create_LoaderOptionsConfigured_AppliesThemInOrder()
    {
        var factory = StarRaterFactory.Create(b =>
        {
            b.Services.Configure<CriteriaLoaderOptions>(o => o.MaxCriteria = 7);
            b.Services.Configure<CriteriaLoaderOptions>(o => o.MaxCriteria += 1);
        });

        Assert.Equal(8, factory.Options.MaxCriteria);
    }

    [Fact]
    public void Create_TimeProviderRegistered_GoesThroughTheProviderAndUsesIt()
    {
        var factory = StarRaterFactory.Create(b => b.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2031, 6, 1, 0, 0, 0, TimeSpan.Zero))));

        Assert.Equal(2031, factory.FromJson(Good).Document.Period.Year);
    }

    [Fact]
    public void Create_CriteriaRegistered_IgnoresThemAsBefore()
    {
        var factory = StarRaterFactory.Create(b => b.AddCriteriaJson(Good, "good.json"));

        Assert.Empty(factory.Catalog.Categories);
        Assert.Equal("doc", factory.FromJson(Good).Document.Id);
    }
}
