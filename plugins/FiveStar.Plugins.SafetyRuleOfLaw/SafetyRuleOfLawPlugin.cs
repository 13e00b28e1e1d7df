namespace FiveStar.Plugins.SafetyRuleOfLaw;

/// <summary>The 平安法治星 (Safety &amp; Rule of Law) category: declares its indicators, parameters and default criteria through the embedded manifest.</summary>
internal sealed class SafetyRuleOfLawPlugin : CategoryPlugin
{
    private const string ManifestResourceName = "FiveStar.Plugins.SafetyRuleOfLaw.manifest.json";

    /// <inheritdoc />
    public override string CategoryId => "safety_rule_of_law";

    /// <inheritdoc />
    public override Stream OpenManifest()
    {
        return typeof(SafetyRuleOfLawPlugin).Assembly.GetManifestResourceStream(ManifestResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ManifestResourceName}' is missing from the SafetyRuleOfLaw plug-in assembly.");
    }
}
