namespace FiveStar.Cli.Commands;

/// <summary>
/// Keeps a streaming run's memory flat by collecting the youngest generation once a few megabytes have been allocated
/// since the last collection. The runtime sizes that generation's budget from the processor's last-level cache, so on
/// a server with a large one (105 MiB on the benchmark VM) a long run touched tens of megabytes more for garbage alone
/// than a short one (benchmarks/README.md); the only setting for the budget (<c>DOTNET_GCgen0size</c>) is an
/// environment variable, which a tool cannot set for itself. By then nearly everything in it is dead, so it is cheap.
/// </summary>
internal sealed class YoungGenerationCap
{
    /// <summary>Allocation, in bytes, between two collections: a few blocks' worth of ids, names and texts.</summary>
    internal const long DefaultBudget = 8L << 20;

    private readonly long _budget;
    private long _allocatedAtLastCollection = GC.GetTotalAllocatedBytes();

    /// <summary>Initializes a new instance of the <see cref="YoungGenerationCap"/> class.</summary>
    /// <param name="budget">The allocation, in bytes, after which the youngest generation is collected.</param>
    internal YoungGenerationCap(long budget = DefaultBudget) => _budget = budget;

    /// <summary>Gets how many collections this cap has asked for.</summary>
    internal int Collections { get; private set; }

    /// <summary>Called after each block is written: collects the youngest generation once the budget is spent.</summary>
    internal void AfterBlock()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        if (allocated - _allocatedAtLastCollection < _budget)
        {
            return;
        }

        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        _allocatedAtLastCollection = allocated;
        Collections++;
    }
}
