using FiveStar.Testing;

namespace FiveStar.Plugins.Tests;

public sealed class IndustryProsperityConformanceTests : CategoryPluginConformanceTests
{
    protected override string CategoryId => "industry_prosperity";

    protected override void Register(IFiveStarBuilder builder) => builder.AddIndustryProsperity();
}
