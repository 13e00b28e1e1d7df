using FiveStar;
using FiveStar.Testing;

namespace OtherTown.Plugins.SharedGovernance.Tests;

/// <summary>The town's sixth star passes FiveStar's plug-in conformance tests, loaded from its folder as a host loads it.</summary>
public sealed class SharedGovernanceConformanceTests : CategoryPluginConformanceTests
{
    // The plug-in's build copies it to samples/OtherTown/plugins; FIVESTAR_PLUGIN_FOLDER points elsewhere.
    private static readonly string Folder = Environment.GetEnvironmentVariable("FIVESTAR_PLUGIN_FOLDER")
        ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../plugins"));

    protected override string CategoryId => "co_building_sharing";

    protected override void Register(IFiveStarBuilder builder) => builder.AddPluginsFrom(Folder);
}
