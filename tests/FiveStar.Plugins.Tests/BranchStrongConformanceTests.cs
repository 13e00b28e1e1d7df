using FiveStar.Testing;

namespace FiveStar.Plugins.Tests;

public sealed class BranchStrongConformanceTests : CategoryPluginConformanceTests
{
    protected override string CategoryId => "branch_strong";

    protected override void Register(IFiveStarBuilder builder) => builder.AddBranchStrong();
}
