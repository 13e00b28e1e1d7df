using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Exact duplicate-id detection over a file of any size in bounded memory, answering at once for each village (the
/// reader marks a duplicate before the village is rated and written).
/// <para>
/// Every id is appended, as UTF-16, to an id log: in memory up to the bound, then in a temporary file. Up to
/// <see cref="MemoryBound"/> ids the set is an open-addressing table of (64-bit hash, position in the log); a hash
/// match is confirmed against the logged id, so two ids with the same hash are never taken for one. When the table
/// holds the bound, it is written out as a run sorted by hash (turned, see RunKey; every 256th kept in memory as an index), its
/// hashes go into a fixed-size Bloom filter, and the table starts again. A later id is looked up in the table, then,
/// only when the Bloom filter says it may have been seen (about one id in a few hundred at ten million ids), in each
/// run: one read of one index block per run, then the logged ids of equal hashes. Memory is the table (16 bytes a
/// slot), one reused spill buffer (16 bytes an id of the bound), the log's in-memory tail, the filter (16 MiB, allocated at the first spill) and the run indexes (16 bytes per
/// 256 ids); disk is 16 bytes a id for the runs plus the ids themselves. Temporary files are deleted on close.
/// </para>
/// <para>
/// Why this design: an in-memory set of every id (or of every hash) grows with the file; sorting spilled runs and
/// merging them finds duplicates only at the end, after the villages were written; a Bloom filter alone is not exact.
/// The filter in front of sorted runs keeps both exactness and the immediate answer, with disk reads only for the
/// rare ids the filter cannot rule out.
/// </para>
/// </summary>
internal sealed class DuplicateIdSet : IVillageIdSet, IDisposable
{
    /// <summary>
    /// The ids held in the in-memory table before it is spilled: 4 MiB of table, the size a 100,000-village file
    /// needs anyway, so a larger file's table is no larger (a bound of 2^18 made it 8 MiB, plus the arrays it grew from).
    /// </summary>
    public const int DefaultMemoryBound = 1 << 17;

    private const int IndexEvery = 256;
    private const int RecordSize = 16;
    private const int BloomBits = 1 << 27;
    private const int BloomHashes = 7;

    // Every bit of one id lies in one 512-bit block (a cache line): one memory access per id instead of seven, for
    // 1.3 times the false positives of a plain filter of the same size (0.24 % against 0.18 % at ten million ids).
    private const int BloomBlockBits = 512;

    private readonly Func<string, ulong> _hash;
    private readonly string _folder;
    private readonly List<Run> _runs = [];

    // Each slot's hash beside its log position, so a probe touches one cache line, not one in each of two arrays.
    private Slot[] _slots;
    private int _count;

    private char[] _logTail = new char[4096];
    private int _logTailLength;
    private long _logFlushed;
    private FileStream? _log;
    private ulong[]? _bloom;
    private byte[] _block = [];

    // The records of a spill, sorted by key: kept between spills, since a fresh 4 MiB array per spill piled up on the
    // large object heap (38 of them, 152 MiB, at ten million ids) between the rare full collections.
    private ulong[] _spillKeys = [];
    private long[] _spillPositions = [];

    /// <summary>Initializes a new instance of the <see cref="DuplicateIdSet"/> class.</summary>
    /// <param name="memoryBound">The ids held in memory before a spill (tests make it small to spill with few ids).</param>
    /// <param name="hash">The hash of an id (tests pass a poor one to force equal hashes); xxHash64 by default.</param>
    /// <param name="folder">Where temporary files go; the system's temporary folder by default.</param>
    public DuplicateIdSet(int memoryBound = DefaultMemoryBound, Func<string, ulong>? hash = null, string? folder = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(memoryBound, 1);
        MemoryBound = memoryBound;
        _hash = hash ?? HashSet64.HashOf;
        _folder = folder ?? Path.GetTempPath();
        _slots = NewTable(1024);
    }

    /// <summary>Gets the ids held in memory before a spill.</summary>
    public int MemoryBound { get; }

    /// <summary>Gets the number of runs spilled to disk so far.</summary>
    public int Runs => _runs.Count;

    /// <summary>Gets the number of distinct ids added.</summary>
    public long Count { get; private set; }

    /// <inheritdoc/>
    public bool AddId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = _hash(id);
        if (FindInTable(hash, id) || FindInRuns(hash, id))
        {
            return false;
        }

        var position = Log(id);
        Insert(hash, position);
        Count++;
        if (_count >= MemoryBound)
        {
            Spill();
        }

        return true;
    }

    /// <summary>Deletes the temporary files.</summary>
    public void Dispose()
    {
        _log?.Dispose();
        foreach (var run in _runs)
        {
            run.File.Dispose();
        }

        _runs.Clear();
    }

    private bool FindInTable(ulong hash, string id)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = (int)(hash & (ulong)mask); slots[i].Position >= 0; i = (i + 1) & mask)
        {
            if (slots[i].Hash == hash && LoggedIdEquals(slots[i].Position, id))
            {
                return true;
            }
        }

        return false;
    }

    private void Insert(ulong hash, long position)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var slots = _slots;
        var mask = slots.Length - 1;
        var i = (int)(hash & (ulong)mask);
        while (slots[i].Position >= 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = new Slot(hash, position);
        _count++;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = NewTable(old.Length * 2);
        _count = 0;
        foreach (var slot in old)
        {
            if (slot.Position >= 0)
            {
                Insert(slot.Hash, slot.Position);
            }
        }
    }

    private static Slot[] NewTable(int length)
    {
        var slots = new Slot[length];
        Array.Fill(slots, Slot.Empty);
        return slots;
    }

    /// <summary>Appends an id to the log as its length then its UTF-16 units; returns where it starts.</summary>
    private long Log(string id)
    {
        var needed = id.Length + 2;
        if (_logTailLength + needed > _logTail.Length)
        {
            if (_log is not null || _logTailLength + needed > 1 << 20)
            {
                FlushLog();
            }

            if (needed > _logTail.Length - _logTailLength)
            {
                Array.Resize(ref _logTail, Math.Max(_logTail.Length * 2, _logTailLength + needed));
            }
        }

        var position = _logFlushed + _logTailLength;
        _logTail[_logTailLength++] = (char)(id.Length & 0xFFFF);
        _logTail[_logTailLength++] = (char)(id.Length >> 16);
        id.CopyTo(_logTail.AsSpan(_logTailLength));
        _logTailLength += id.Length;
        return position;
    }

    private void FlushLog()
    {
        _log ??= Temporary("ids", 1 << 16);
        _log.Seek(0, SeekOrigin.End);
        _log.Write(MemoryMarshal.AsBytes(_logTail.AsSpan(0, _logTailLength)));
        _log.Flush();
        _logFlushed += _logTailLength;
        _logTailLength = 0;
    }

    /// <summary>Compares the id logged at a position (in chars) with <paramref name="id"/>.</summary>
    private bool LoggedIdEquals(long position, string id)
    {
        if (position >= _logFlushed)
        {
            var at = (int)(position - _logFlushed);
            var length = _logTail[at] | (_logTail[at + 1] << 16);
            return _logTail.AsSpan(at + 2, length).SequenceEqual(id);
        }

        Span<char> header = stackalloc char[2];
        RandomAccess.Read(_log!.SafeFileHandle, MemoryMarshal.AsBytes(header), position * 2);
        var logged = header[0] | (header[1] << 16);
        if (logged != id.Length)
        {
            return false;
        }

        var chars = new char[logged];
        RandomAccess.Read(_log.SafeFileHandle, MemoryMarshal.AsBytes(chars.AsSpan()), (position + 2) * 2);
        return chars.AsSpan().SequenceEqual(id);
    }

    private bool FindInRuns(ulong hash, string id)
    {
        if (_bloom is null || !MayContain(hash))
        {
            return false;
        }

        foreach (var run in _runs)
        {
            var key = RunKey(hash, run.Bits);

            // Start at the block before the first whose first key is not below this one: equal keys may end it.
            var block = Math.Max(LowerBound(run.Index, key) - 1, 0);
            for (; block < run.Index.Length; block++)
            {
                var records = ReadBlock(run, block);
                var done = false;
                for (var r = 0; r < records; r++)
                {
                    var recordKey = BinaryPrimitives.ReadUInt64LittleEndian(_block.AsSpan(r * RecordSize));
                    if (recordKey > key)
                    {
                        done = true;
                        break;
                    }

                    if (recordKey == key && LoggedIdEquals(BinaryPrimitives.ReadInt64LittleEndian(_block.AsSpan((r * RecordSize) + 8)), id))
                    {
                        return true;
                    }
                }

                if (done)
                {
                    break;
                }
            }
        }

        return false;
    }

    private static int LowerBound(ulong[] sorted, ulong value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private int ReadBlock(Run run, int block)
    {
        var first = (long)block * IndexEvery;
        var records = (int)Math.Min(IndexEvery, run.Count - first);
        if (_block.Length < records * RecordSize)
        {
            _block = new byte[IndexEvery * RecordSize];
        }

        RandomAccess.Read(run.File.SafeFileHandle, _block.AsSpan(0, records * RecordSize), first * RecordSize);
        return records;
    }

    /// <summary>Writes the table out as a run sorted by hash, adds its hashes to the filter, and empties the table.</summary>
    private void Spill()
    {
        FlushLog();
        _bloom ??= new ulong[BloomBits / 64];
        if (_spillKeys.Length < _count)
        {
            _spillKeys = new ulong[_count];
            _spillPositions = new long[_count];
        }

        // A run is sorted by its key: the hash turned so that the bits that pick a table slot come first. Read in slot
        // order the table is then already sorted but for the few ids that linear probing put past their slot, so an
        // insertion sort puts it in order in about one pass (a comparison sort of 2^17 ids took most of a spill).
        var bits = BitOperations.Log2((uint)_slots.Length);
        var n = 0;
        foreach (var slot in _slots)
        {
            if (slot.Position >= 0)
            {
                _spillKeys[n] = RunKey(slot.Hash, bits);
                _spillPositions[n++] = slot.Position;
                AddToBloom(slot.Hash);
            }
        }

        SortNearlySorted(_spillKeys.AsSpan(0, n), _spillPositions.AsSpan(0, n));
        var file = Temporary("run", bufferSize: 0);
        var index = new ulong[(n + IndexEvery - 1) / IndexEvery];

        // Records go out 4,096 at a time (64 KiB a write; the file is unbuffered).
        const int WriteRecords = 16 * IndexEvery;
        var buffer = new byte[WriteRecords * RecordSize];
        for (var start = 0; start < n; start += WriteRecords)
        {
            var end = Math.Min(n, start + WriteRecords);
            for (var r = start; r < end; r++)
            {
                if (r % IndexEvery == 0)
                {
                    index[r / IndexEvery] = _spillKeys[r];
                }

                BinaryPrimitives.WriteUInt64LittleEndian(buffer.AsSpan((r - start) * RecordSize), _spillKeys[r]);
                BinaryPrimitives.WriteInt64LittleEndian(buffer.AsSpan(((r - start) * RecordSize) + 8), _spillPositions[r]);
            }

            file.Write(buffer, 0, (end - start) * RecordSize);
        }

        file.Flush();
        _runs.Add(new Run(file, index, n, bits));
        Array.Fill(_slots, Slot.Empty);
        _count = 0;
    }

    /// <summary>A run's sort key: the hash turned right by the table's index bits, which a slot is picked by.</summary>
    private static ulong RunKey(ulong hash, int bits) => BitOperations.RotateRight(hash, bits);

    /// <summary>
    /// Sorts keys (and their positions with them) that are nearly in order already. Insertion sort, which is about one
    /// pass over such input; input far from sorted (a table of colliding hashes, as tests make) goes to Array.Sort.
    /// </summary>
    private static void SortNearlySorted(Span<ulong> keys, Span<long> positions)
    {
        var moves = 0L;
        var budget = 8L * keys.Length;
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var position = positions[i];
            var j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                positions[j + 1] = positions[j];
                j--;
                if (++moves > budget)
                {
                    keys[j + 1] = key;
                    positions[j + 1] = position;
                    keys.Sort(positions);
                    return;
                }
            }

            keys[j + 1] = key;
            positions[j + 1] = position;
        }
    }

    private void AddToBloom(ulong hash)
    {
        var (block, h1, h2) = BloomHashesOf(hash);
        for (var k = 0; k < BloomHashes; k++)
        {
            var bit = (h1 + ((uint)k * h2)) & (BloomBlockBits - 1);
            _bloom![block + (int)(bit >> 6)] |= 1UL << (int)(bit & 63);
        }
    }

    private bool MayContain(ulong hash)
    {
        var (block, h1, h2) = BloomHashesOf(hash);
        for (var k = 0; k < BloomHashes; k++)
        {
            var bit = (h1 + ((uint)k * h2)) & (BloomBlockBits - 1);
            if ((_bloom![block + (int)(bit >> 6)] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The filter block (the index of its first word) and two bit positions within it, from the id's hash remixed so a
    /// weak test hash still spreads over the filter.
    /// </summary>
    private static (int Block, uint H1, uint H2) BloomHashesOf(ulong hash)
    {
        var z = hash * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 29)) * 0xBF58476D1CE4E5B9UL;
        z ^= z >> 32;
        var block = (int)((z >> 40) & ((BloomBits / BloomBlockBits) - 1)) * (BloomBlockBits / 64);
        return (block, (uint)z, (uint)(z >> 20) | 1);
    }

    // A run is written once, in large chunks, and read with RandomAccess, so it is unbuffered: a FileStream buffer would
    // be 64 KiB held per run for the rest of the read (76 runs at ten million ids). The log is appended to in small
    // pieces, so it keeps one.
    private FileStream Temporary(string kind, int bufferSize) => new(
        Path.Combine(_folder, $"fivestar-{kind}-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        bufferSize,
        FileOptions.DeleteOnClose);

    /// <summary>A spilled run: its file of (key, log position) records sorted by key, every 256th key, and how its keys are turned.</summary>
    private sealed record Run(FileStream File, ulong[] Index, long Count, int Bits);

    /// <summary>A table slot: an id's hash and where the id starts in the log; a position of -1 marks it empty.</summary>
    private readonly record struct Slot(ulong Hash, long Position)
    {
        public static readonly Slot Empty = new(0, -1);
    }
}
