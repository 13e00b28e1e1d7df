using FiveStar.Cli.Commands;

namespace FiveStar.Cli.Tests.Commands;

public class YoungGenerationCapTests
{
    [Fact]
    public void AfterBlock_BudgetSpent_CollectsTheYoungestGeneration()
    {
        var cap = new YoungGenerationCap(budget: 1 << 20);
        var before = GC.CollectionCount(0);
        Allocate(4 << 20);

        cap.AfterBlock();

        Assert.Equal(1, cap.Collections);
        Assert.True(GC.CollectionCount(0) > before, "a collection of generation 0 was expected");
    }

    [Fact]
    public void AfterBlock_BudgetNotSpent_LeavesTheCollectorAlone()
    {
        // A budget no test run reaches: other tests allocate on other threads, and they count too.
        var cap = new YoungGenerationCap(budget: long.MaxValue / 2);
        Allocate(4 << 20);

        cap.AfterBlock();

        Assert.Equal(0, cap.Collections);
    }

    private static void Allocate(int bytes)
    {
        for (var spent = 0; spent < bytes; spent += 1024)
        {
            GC.KeepAlive(new byte[1000]);
        }
    }
}
