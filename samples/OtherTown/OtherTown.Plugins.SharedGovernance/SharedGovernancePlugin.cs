using System.Reflection;
using FiveStar.Plugins;

namespace OtherTown.Plugins.SharedGovernance;

/// <summary>共建共享星 (co-building and sharing): the town's sixth star, with its indicators and default criteria in manifest.json.</summary>
internal sealed class SharedGovernancePlugin : CategoryPlugin
{
    public override string CategoryId => "co_building_sharing";

    public override IReadOnlyList<MethodInfo> HelperMethods { get; } = [typeof(SharingHelpers).GetMethod(nameof(SharingHelpers.PerHundredHouseholds))!];

    public override Stream OpenManifest() =>
        typeof(SharedGovernancePlugin).Assembly.GetManifestResourceStream("OtherTown.Plugins.SharedGovernance.manifest.json")
        ?? throw new InvalidOperationException("The plug-in's manifest.json is not embedded.");
}
