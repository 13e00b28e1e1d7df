using FiveStar.Rating;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Commands;

/// <summary>
/// Reads the next block of villages on another thread while the caller rates and writes the current one, so that on
/// two cores parsing the file and the rest of the work overlap. Two batches take turns; memory stays two blocks.
/// </summary>
internal sealed class PrefetchingReader(VillageReader reader, StarRater rater, int blockSize) : IDisposable
{
    private readonly VillageBatch[] _batches = [rater.CreateBatch(blockSize), rater.CreateBatch(blockSize)];
    private Task<Block>? _pending;
    private int _turn;

    /// <summary>Gets the number of villages read up to the block last returned.</summary>
    public long VillagesRead { get; private set; }

    /// <summary>Gets how far through the file the block last returned ends, when known.</summary>
    public double? Progress { get; private set; }

    /// <summary>Returns the next block, or <see langword="null"/> at the end; the block returned before it may be reused from now on.</summary>
    public VillageBatch? Next()
    {
        var block = (_pending ?? Start(_turn)).GetAwaiter().GetResult();
        _pending = null;
        if (block.Count == 0)
        {
            return null;
        }

        VillagesRead = block.VillagesRead;
        Progress = block.Progress;
        var current = _batches[_turn];
        _turn ^= 1;
        _pending = Start(_turn);
        return current;
    }

    /// <summary>Waits for a read still running, so the reader is not disposed under it; its outcome no longer matters.</summary>
    public void Dispose()
    {
        try
        {
            _pending?.Wait();
        }
        catch (AggregateException)
        {
            // The caller is already leaving (cancelled or failed); an error of a block nobody will use is not news.
        }
    }

    private Task<Block> Start(int turn)
    {
        var batch = _batches[turn];
        return Task.Run(() =>
        {
            batch.Clear();
            var count = reader.ReadBatch(batch, blockSize);
            return new Block(count, reader.VillagesRead, reader.Progress);
        });
    }

    private readonly record struct Block(int Count, long VillagesRead, double? Progress);
}
