namespace FiveStar.Plugins.BranchStrong;

/// <summary>The 支部过硬星 (Strong Branch) category: declares its indicators, parameters and default criteria through the embedded manifest.</summary>
internal sealed class BranchStrongPlugin : CategoryPlugin
{
    private const string ManifestResourceName = "FiveStar.Plugins.BranchStrong.manifest.json";

    /// <inheritdoc />
    public override string CategoryId => "branch_strong";

    /// <inheritdoc />
    public override Stream OpenManifest()
    {
        return typeof(BranchStrongPlugin).Assembly.GetManifestResourceStream(ManifestResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ManifestResourceName}' is missing from the BranchStrong plug-in assembly.");
    }
}
