namespace FiveStar.Plugins.IndustryProsperity;

/// <summary>The 产业兴旺星 (Thriving Industry) category: declares its indicators, parameters and default criteria through the embedded manifest.</summary>
internal sealed class IndustryProsperityPlugin : CategoryPlugin
{
    private const string ManifestResourceName = "FiveStar.Plugins.IndustryProsperity.manifest.json";

    /// <inheritdoc />
    public override string CategoryId => "industry_prosperity";

    /// <inheritdoc />
    public override Stream OpenManifest()
    {
        return typeof(IndustryProsperityPlugin).Assembly.GetManifestResourceStream(ManifestResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ManifestResourceName}' is missing from the IndustryProsperity plug-in assembly.");
    }
}
