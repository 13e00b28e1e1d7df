namespace FiveStar.Plugins.EcologicalLivable;

/// <summary>The 生态宜居星 (Ecological &amp; Liveable) category: declares its indicators, parameters and default criteria through the embedded manifest.</summary>
internal sealed class EcologicalLivablePlugin() : EmbeddedManifestPlugin("ecological_livable");
