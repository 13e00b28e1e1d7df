using FiveStar.Testing;

namespace FiveStar.Plugins.Tests;

public sealed class EcologicalLivableConformanceTests : CategoryPluginConformanceTests
{
    protected override string CategoryId => "ecological_livable";

    protected override void Register(IFiveStarBuilder builder) => builder.AddEcologicalLivable();
}
