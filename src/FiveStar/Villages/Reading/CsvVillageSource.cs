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
    /// <summary>The characters of a block: about 1,800 villages of every standard indicator (1 MiB of text).</summary>
    public const int DefaultBlockChars = 1 << 19;

    private readonly CsvLineGuard _guard;
    private readonly CsvColumns _columns;
    private readonly IndicatorSchema _schema;
    private readonly int _blockChars;
    private readonly int _maxInFlight = Math.Max(2, Environment.ProcessorCount) + 1;
    private readonly Action<Action> _queueParse;
    private readonly CsvRowParser? _inOneGo;
    private readonly SepReader _headerReader;
    private readonly Queue<CsvBlock> _inFlight = new();
    private readonly Stack<CsvBlock> _free = new();
    private CsvBlock? _firstBlock;
    private CsvBlock? _current;
    private int _currentRow;
    private bool _cut;

    /// <summary>Initializes a new instance of the <see cref="CsvVillageSource"/> class.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="builder">Checks and stores each village.</param>
    /// <param name="blockChars">The characters of a block; 0 reads the file in one go on the caller's thread.</param>
    /// <param name="queueParse">Queues a block's parse to a worker; the thread pool unless a test runs workers its own way.</param>
    public CsvVillageSource(Stream stream, VillageRowBuilder builder, int blockChars = DefaultBlockChars, Action<Action>? queueParse = null)
    {
        _queueParse = queueParse ?? (static work => Task.Run(work));
        _guard = new CsvLineGuard(new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16));
        _schema = builder.Schema;
        _blockChars = builder.Inferring ? 0 : Math.Max(0, blockChars);
        var options = CsvColumns.Raw(Sep.Reader(), header: true);
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

            WaitFor(next);
            _current = next;
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
                duplicate = VillageRowBuilder.DuplicateId(id, line > 0 ? line : null, _columns.IdColumnNumber);
            }
        }

        return batch.CopyRow(rows, row, duplicate);
    }

    /// <summary>Cuts blocks and queues them to workers until the most allowed are in flight or the file is cut to its end.</summary>
    private void Schedule()
    {
        if (_firstBlock is { } first)
        {
            _firstBlock = null;
            first.HeaderReader = _headerReader;
            Start(first);
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

            Start(block);
        }
    }

    private void Start(CsvBlock block)
    {
        block.Release();
        _inFlight.Enqueue(block);
        _queueParse(() =>
        {
            if (block.TryClaim())
            {
                Parse(block);
            }
        });
    }

    /// <summary>
    /// Waits until a block is parsed, parsing it or a later one meanwhile when no worker has taken them: on two cores
    /// the reader is one of the hands, not an idle wait.
    /// </summary>
    private void WaitFor(CsvBlock block)
    {
        while (!block.Parsed.IsSet)
        {
            var helped = false;
            if (block.TryClaim())
            {
                Parse(block);
                break;
            }

            foreach (var later in _inFlight)
            {
                if (later.TryClaim())
                {
                    Parse(later);
                    helped = true;
                    break;
                }
            }

            if (!helped)
            {
                block.Parsed.Wait();
            }
        }

        block.Failure?.Throw();
    }

    /// <summary>Parses a claimed block into its villages; a failure is kept for the reader to throw in its place.</summary>
    private void Parse(CsvBlock block)
    {
        try
        {
            // Sep numbers a block's lines from 1 (CsvRowParser puts its first row right); the first block's reader has
            // read the header and numbers the file's lines.
            using var reader = block.HeaderReader is null ? _columns.Rows().From(new CharBlockReader(block.Text, block.Length)) : null;
            var parser = reader is null
                ? new CsvRowParser(block.HeaderReader!, block.Faults, 0, 0, _columns, block, observer: null)
                : new CsvRowParser(reader, block.Faults, block.FirstLine - 1, block.FirstLine, _columns, block, observer: null);
            while (parser.ReadNext(block.Rows) >= 0)
            {
            }
        }
        catch (Exception exception)
        {
            block.Failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception);
        }
        finally
        {
            block.Parsed.Set();
        }
    }

    public override void Dispose()
    {
        // Workers still parsing hold blocks, not the file; wait for them so nothing runs after the reader is gone. A
        // block no worker took yet is claimed here, so none will.
        foreach (var block in _inFlight)
        {
            if (!block.TryClaim())
            {
                block.Parsed.Wait();
            }
        }

        foreach (var block in _inFlight.Concat(_free).Append(_current).Append(_firstBlock))
        {
            block?.Dispose();
        }

        _inFlight.Clear();
        _headerReader.Dispose();
        _guard.Dispose();
    }
}
