using FiveStar.Testing;

namespace FiveStar.Plugins.Tests;

public sealed class CivilityHappinessConformanceTests : CategoryPluginConformanceTests
{
    protected override string CategoryId => "civility_happiness";

    protected override void Register(IFiveStarBuilder builder) => builder.AddCivilityHappiness();
}
