using FiveStar.Testing;

namespace FiveStar.Plugins.Tests;

/// <summary>OtherTown's sixth-star plug-in, loaded from its folder as a host would.</summary>
public sealed class SharedGovernanceConformanceTests : CategoryPluginConformanceTests
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../samples/OtherTown/plugins"));

    protected override string CategoryId => "co_building_sharing";

    protected override void Register(IFiveStarBuilder builder) => builder.AddPluginsFrom(Folder);
}
