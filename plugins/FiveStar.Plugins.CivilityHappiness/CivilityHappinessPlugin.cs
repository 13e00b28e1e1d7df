using System.Reflection;

namespace FiveStar.Plugins.CivilityHappiness;

/// <summary>The 文明幸福星 (Civility &amp; Happiness) category: declares its indicators, parameters and default criteria through the embedded manifest.</summary>
internal sealed class CivilityHappinessPlugin : CategoryPlugin
{
    private const string ManifestResourceName = "FiveStar.Plugins.CivilityHappiness.manifest.json";

    private static readonly IReadOnlyList<MethodInfo> s_helperMethods =
    [
        typeof(CivilityHelpers).GetMethod(nameof(CivilityHelpers.SharePercent))!,
    ];

    /// <inheritdoc />
    public override string CategoryId => "civility_happiness";

    /// <inheritdoc />
    public override IReadOnlyList<MethodInfo> HelperMethods => s_helperMethods;

    /// <inheritdoc />
    public override Stream OpenManifest()
    {
        return typeof(CivilityHappinessPlugin).Assembly.GetManifestResourceStream(ManifestResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ManifestResourceName}' is missing from the CivilityHappiness plug-in assembly.");
    }
}
