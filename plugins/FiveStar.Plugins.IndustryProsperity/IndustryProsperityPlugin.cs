namespace FiveStar.Plugins.IndustryProsperity;

/// <summary>The 产业兴旺星 (Thriving Industry) category: declares its indicators, parameters and default criteria through the embedded manifest.</summary>
internal sealed class IndustryProsperityPlugin() : EmbeddedManifestPlugin("industry_prosperity");
