using FiveStar.Compilation;

namespace FiveStar.Tests.Compilation;

public class CompilerWarmUpTests
{
    [Fact]
    public void TryRun_ParsesAndCompilesItsExpression()
    {
        // A warm-up that stopped parsing (a RulesEngine upgrade, a sandbox change) would cost the first load its head
        // start without any other sign.
        Assert.True(CompilerWarmUp.TryRun());
    }
}
