namespace FiveStar.Plugins.SafetyRuleOfLaw;

/// <summary>The 平安法治星 (Safety &amp; Rule of Law) category: declares its indicators, parameters and default criteria through the embedded manifest.</summary>
internal sealed class SafetyRuleOfLawPlugin() : EmbeddedManifestPlugin("safety_rule_of_law");
