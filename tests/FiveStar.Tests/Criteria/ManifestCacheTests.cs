using System.Text;
using FiveStar.Criteria;
using FiveStar.Plugins;
using FiveStar.Tests.Plugins;

namespace FiveStar.Tests.Criteria;

public class ManifestCacheTests
{
    [Fact]
    public void Catalog_SamePluginTypeTwice_ReusesTheBuiltManifest()
    {
        // Arrange
        var first = new FaultyPlugins.Sharing();
        var second = new FaultyPlugins.Sharing();

        // Act
        var a = new CategoryCatalog([first]).Find("faulty_sharing")!;
        var b = new CategoryCatalog([second]).Find("faulty_sharing")!;

        // Assert
        Assert.Same(a.Manifest, b.Manifest);
        Assert.Same(a.DefaultCriteria, b.DefaultCriteria);
        Assert.Same(first, a.Plugin);
        Assert.Same(second, b.Plugin);
    }

    [Fact]
    public void Catalog_SameTypeOtherManifestBytes_BuildsTheOtherManifest()
    {
        // Arrange
        var lenient = new TextManifest(FaultyPlugins.SharingManifest);
        var strict = new TextManifest(FaultyPlugins.SharingManifest.Replace("volunteers >= 1", "volunteers >= 5", StringComparison.Ordinal));

        // Act
        var a = new CategoryCatalog([lenient]).Find("faulty_sharing")!;
        var b = new CategoryCatalog([strict]).Find("faulty_sharing")!;

        // Assert
        Assert.Contains(a.DefaultCriteria, c => c.Expression == "volunteers >= 1");
        Assert.Contains(b.DefaultCriteria, c => c.Expression == "volunteers >= 5");
    }

    [Fact]
    public void Catalog_InvalidManifestTwice_ReportsItEachTime()
    {
        // Arrange
        var broken = FaultyPlugins.SharingManifest.Replace("\"schemaVersion\": \"1.0\",", "\"schemaVersion\": \"1.0\", \"unknownMember\": 1,", StringComparison.Ordinal);

        // Act
        var first = Assert.Throws<CriteriaException>(() => new CategoryCatalog([new TextManifest(broken)]));
        var second = Assert.Throws<CriteriaException>(() => new CategoryCatalog([new TextManifest(broken)]));

        // Assert
        Assert.Equal(first.Message, second.Message);
    }

    /// <summary>The sharing category with the manifest text it is given.</summary>
    private sealed class TextManifest(string manifest) : CategoryPlugin
    {
        public override string CategoryId => "faulty_sharing";

        public override IReadOnlyList<System.Reflection.MethodInfo> HelperMethods { get; } =
            [typeof(SharingHelpers).GetMethod(nameof(SharingHelpers.PerHundred))!, typeof(SharingHelpers).GetMethod(nameof(SharingHelpers.Checked))!];

        public override Stream OpenManifest() => new MemoryStream(Encoding.UTF8.GetBytes(manifest));
    }
}
