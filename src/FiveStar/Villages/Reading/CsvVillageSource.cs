using FiveStar.Rating;
using nietras.SeparatedValues;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Reads villages from CSV with Sep. No village is lost to a stray quote: <see cref="CsvLineGuard"/> keeps a quote from
/// swallowing more than a few lines, and a row that spans lines and does not fit the header is read again line by
/// line, each line the village it is (<see cref="CsvRowParser"/>). Blank lines (or lines of only separators) are no villages.
/// </summary>
/// <remarks>
/// Parsing and checking the fields is most of the work of reading, so it is spread over the cores: the guard cuts the
/// file into blocks of whole lines where no quoted field goes on (one thread, in file order), workers parse a fixed
/// number of blocks at a time into block-local villages, and the reader hands them on in file order, checking each id
/// against the file's earlier ones as it goes (the one stateful check). A file whose column types are being inferred,
/// or a block size of 0, is read in one go on the caller's thread, the way the blocks are checked against in tests.
/// </remarks>
internal sealed class CsvVillageSource : VillageSource
{
    /// <summary>The characters of a block: about 2,000 villages of every indicator, 1 MiB of text.</summary>
    public const int DefaultBlockChars = 1 << 19;

    private readonly CsvLineGuard _guard;
    private readonly CsvColumns _columns;
    private readonly IndicatorSchema _schema;
    private readonly int _blockChars;
    private readonly int _maxInFlight = Math.Max(2, Environment.ProcessorCount) + 1;
    private readonly CsvRowParser? _inOneGo;
    private readonly SepReader _headerReader;
    private readonly Queue<Task<CsvBlock>> _inFlight = new();
    private readonly Stack<CsvBlock> _free = new();
    private CsvBlock? _firstBlock;
    private CsvBlock? _current;
    private int _currentRow;
    private bool _cut;

    public CsvVillageSource(Stream stream, VillageRowBuilder builder, int blockChars = DefaultBlockChars)
    {
        // Outer trimming lets a quoted field with spaces around it unescape; values are trimmed again where they are
        // parsed, so Sep need not also trim inside quotes.
        _guard = new CsvLineGuard(new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16));
        _schema = builder.Schema;
        _blockChars = builder.Inferring ? 0 : Math.Max(0, blockChars);
        var options = Sep.Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.Outer });
        if (_blockChars == 0)
        {
            _headerReader = options.From(_guard);
            _columns = new CsvColumns(_headerReader, builder);
            _inOneGo = new CsvRowParser(_headerReader, _guard.Faults, 0, 0, _columns, builder.Ids, builder);
            return;
        }

        // The header is the first block's first row, and Sep finds the separator in it; the first block's other rows
        // are parsed by the same reader.
        var first = new CsvBlock(_schema);
        _cut = !_guard.TryReadBlock(_blockChars, first);
        _headerReader = options.From(new CharBlockReader(first.Text, _cut ? 0 : first.Length));
        _columns = new CsvColumns(_headerReader, builder);
        _firstBlock = _cut ? null : first;
    }

    public override IReadOnlyList<string> Columns => _columns.Names;

    public override int ReadNext(VillageBatch batch, VillageRowBuilder builder)
    {
        if (_inOneGo is { } parser)
        {
            return parser.ReadNext(batch);
        }

        while (_current is null || _currentRow == _current.Rows.Count)
        {
            if (_current is not null)
            {
                _free.Push(_current);
                _current = null;
            }

            Schedule();
            if (!_inFlight.TryDequeue(out var next))
            {
                return -1;
            }

            _current = next.GetAwaiter().GetResult();
            _currentRow = 0;
            Schedule();
        }

        var rows = _current.Rows;
        var row = _currentRow++;
        DataProblem? duplicate = null;
        if (_current.HasId(row))
        {
            var id = rows.GetId(row);
            if (!builder.Ids.AddId(id))
            {
                var line = rows.GetLine(row);
                duplicate = VillageRowBuilder.DuplicateId(id, line > 0 ? line : null);
            }
        }

        return batch.CopyRow(rows, row, duplicate);
    }

    /// <summary>Cuts and starts parsing blocks until the most allowed are in flight or the file is cut to its end.</summary>
    private void Schedule()
    {
        if (_firstBlock is { } first)
        {
            _firstBlock = null;
            var reader = _headerReader;
            _inFlight.Enqueue(Task.Run(() => Parse(first, reader, 0, 0)));
        }

        while (!_cut && _inFlight.Count < _maxInFlight)
        {
            var block = _free.Count > 0 ? _free.Pop() : new CsvBlock(_schema);
            if (!_guard.TryReadBlock(_blockChars, block))
            {
                _cut = true;
                _free.Push(block);
                return;
            }

            _inFlight.Enqueue(Task.Run(() =>
            {
                // Sep numbers the block's lines from 1 (CsvRowParser puts its first row right).
                using var reader = _columns.Rows().From(new CharBlockReader(block.Text, block.Length));
                return Parse(block, reader, block.FirstLine - 1, block.FirstLine);
            }));
        }
    }

    private CsvBlock Parse(CsvBlock block, SepReader reader, long lineOffset, long firstLine)
    {
        var parser = new CsvRowParser(reader, block.Faults, lineOffset, firstLine, _columns, block, observer: null);
        while (parser.ReadNext(block.Rows) >= 0)
        {
        }

        return block;
    }

    public override void Dispose()
    {
        // Workers still parsing hold blocks, not the file; wait for them so nothing runs after the reader is gone.
        foreach (var task in _inFlight)
        {
            try
            {
                task.Wait();
            }
            catch (AggregateException)
            {
                // The caller is leaving already; a block nobody will read is no news.
            }
        }

        _inFlight.Clear();
        _headerReader.Dispose();
        _guard.Dispose();
    }
}
