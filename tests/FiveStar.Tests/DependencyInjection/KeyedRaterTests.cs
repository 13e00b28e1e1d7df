using FiveStar.Rating;
using FiveStar.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar.Tests.DependencyInjection;

/// <summary>Several criteria documents in one host, each rater a keyed service under its document's id.</summary>
public class KeyedRaterTests
{
    [Fact]
    public void GetKeyedService_TwoDocuments_EachUnderItsId()
    {
        using var provider = new ServiceCollection()
            .AddFiveStar(b => b.AddStandardCategories().AddCriteriaFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")).AddBuiltInCriteria(StandardCriteria.HenanRural2022))
            .BuildServiceProvider();

        var hanzhuang = provider.GetRequiredKeyedService<StarRater>("hanzhuang-2022");
        var henan = provider.GetRequiredKeyedService<StarRater>("henan-rural-2022");

        Assert.Equal(("hanzhuang-2022", "henan-rural-2022"), (hanzhuang.Document.Id, henan.Document.Id));
        Assert.Same(hanzhuang, provider.GetRequiredKeyedService<StarRater>("hanzhuang-2022"));
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<StarRater>());
    }

    [Fact]
    public void GetKeyedService_UnknownId_NamesTheRegisteredOnes()
    {
        using var provider = new ServiceCollection()
            .AddFiveStar(b => b.AddStandardCategories().AddBuiltInCriteria(StandardCriteria.HenanRural2022))
            .BuildServiceProvider();

        var error = Assert.Throws<KeyNotFoundException>(() => provider.GetRequiredKeyedService<StarRater>("hanzhuang-2021"));

        Assert.Contains("henan-rural-2022", error.Message, StringComparison.Ordinal);
        Assert.Equal("henan-rural-2022", provider.GetRequiredService<StarRater>().Document.Id);
    }
}
