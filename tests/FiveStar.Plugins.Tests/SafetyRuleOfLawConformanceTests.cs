using FiveStar.Testing;

namespace FiveStar.Plugins.Tests;

public sealed class SafetyRuleOfLawConformanceTests : CategoryPluginConformanceTests
{
    protected override string CategoryId => "safety_rule_of_law";

    protected override void Register(IFiveStarBuilder builder) => builder.AddSafetyRuleOfLaw();
}
