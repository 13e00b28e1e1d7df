using System.Runtime.ExceptionServices;
using nietras.SeparatedValues;

namespace FiveStar.Villages.Reading;

/// <summary>
/// One block of a CSV file's lines, cut where no quoted field goes on: its text, the line it starts at and the line
/// guard's fixes in it, and, once a worker has parsed it, its villages. Ids are not checked on the worker (the set of
/// ids seen is the file's, in file order); the block notes which villages gave one, for the reader to check in order.
/// Blocks are reused, so a file in flight costs a fixed number of them.
/// </summary>
internal sealed class CsvBlock(IndicatorSchema schema) : IVillageIdSet, IDisposable
{
    private bool[] _hasId = new bool[1024];
    private int _claimed;

    /// <summary>Gets the text; the first <see cref="Length"/> characters are the block's.</summary>
    public char[] Text { get; private set; } = new char[1 << 12];

    public int Length { get; private set; }

    /// <summary>Gets the file line the block starts at.</summary>
    public long FirstLine { get; private set; }

    /// <summary>Gets the line guard's fixes of the block's lines, in line order.</summary>
    public Queue<CsvLineFault> Faults { get; } = new();

    /// <summary>Gets the villages parsed from the block, every check made but the duplicate id.</summary>
    public VillageBatch Rows { get; } = new(schema, 1024);

    /// <summary>Gets or sets the reader that has already read the header of the file's first block; null for the others.</summary>
    public SepReader? HeaderReader { get; set; }

    /// <summary>Gets the signal that the block is parsed (or failed).</summary>
    public ManualResetEventSlim Parsed { get; } = new(false);

    /// <summary>Gets or sets what went wrong parsing the block, to be thrown where the block is read.</summary>
    public ExceptionDispatchInfo? Failure { get; set; }

    /// <summary>Claims the block for parsing: true for the one thread (a worker, or the reader helping while it waits) that gets it.</summary>
    public bool TryClaim() => Interlocked.Exchange(ref _claimed, 1) == 0;

    /// <summary>Tells whether a village gave an id (so the reader checks it for a duplicate).</summary>
    public bool HasId(int row) => _hasId[row];

    /// <summary>Takes the block's text (and empties what it held before); <see cref="Release"/> then lets it be parsed.</summary>
    public void Fill(ReadOnlySpan<char> text, long firstLine)
    {
        if (Text.Length < text.Length)
        {
            Text = new char[Math.Max(text.Length, Text.Length * 2)];
        }

        text.CopyTo(Text);
        Length = text.Length;
        FirstLine = firstLine;
        Faults.Clear();
        HeaderReader = null;
        Failure = null;
        Parsed.Reset();
        Array.Clear(_hasId, 0, Math.Min(_hasId.Length, Rows.Count));
        Rows.Clear();
    }

    /// <summary>
    /// Lets the block be claimed, once it is filled and its faults are queued. A block stays claimed from its last parse
    /// until then: a worker queued for a use before (the reader may have parsed the block itself meanwhile) must not
    /// claim it while it is being filled, or it parses half a block without its fixes.
    /// </summary>
    public void Release() => Volatile.Write(ref _claimed, 0);

    /// <summary>Notes that the village just added has an id; the check itself waits for the reader.</summary>
    bool IVillageIdSet.AddId(string id)
    {
        var row = Rows.Count - 1;
        if (row >= _hasId.Length)
        {
            Array.Resize(ref _hasId, Math.Max(row + 1, _hasId.Length * 2));
        }

        _hasId[row] = true;
        return true;
    }

    public void Dispose() => Parsed.Dispose();
}
