namespace FiveStar.Plugins.BranchStrong;

/// <summary>The 支部过硬星 (Strong Branch) category: declares its indicators, parameters and default criteria through the embedded manifest.</summary>
internal sealed class BranchStrongPlugin() : EmbeddedManifestPlugin("branch_strong");
