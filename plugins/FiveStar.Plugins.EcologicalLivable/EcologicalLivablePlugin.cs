namespace FiveStar.Plugins.EcologicalLivable;

/// <summary>The 生态宜居星 (Ecological &amp; Liveable) category: declares its indicators, parameters and default criteria through the embedded manifest.</summary>
internal sealed class EcologicalLivablePlugin : CategoryPlugin
{
    private const string ManifestResourceName = "FiveStar.Plugins.EcologicalLivable.manifest.json";

    /// <inheritdoc />
    public override string CategoryId => "ecological_livable";

    /// <inheritdoc />
    public override Stream OpenManifest()
    {
        return typeof(EcologicalLivablePlugin).Assembly.GetManifestResourceStream(ManifestResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ManifestResourceName}' is missing from the EcologicalLivable plug-in assembly.");
    }
}
