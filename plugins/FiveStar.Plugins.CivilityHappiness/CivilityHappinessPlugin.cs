using System.Reflection;

namespace FiveStar.Plugins.CivilityHappiness;

/// <summary>The 文明幸福星 (Civility &amp; Happiness) category: declares its indicators, parameters and default criteria through the embedded manifest.</summary>
internal sealed class CivilityHappinessPlugin() : EmbeddedManifestPlugin("civility_happiness")
{
    private static readonly IReadOnlyList<MethodInfo> s_helperMethods =
    [
        typeof(CivilityHelpers).GetMethod(nameof(CivilityHelpers.SharePercent))!,
    ];

    /// <inheritdoc />
    public override IReadOnlyList<MethodInfo> HelperMethods => s_helperMethods;
}
