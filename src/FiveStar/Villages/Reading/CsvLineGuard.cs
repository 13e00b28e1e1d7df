namespace FiveStar.Villages.Reading;

/// <summary>
/// Stands between a CSV file and Sep so that one stray quote cannot swallow the rest of the file: a quoted field may
/// span at most <see cref="MaxQuotedLines"/> lines and <see cref="MaxLineLength"/> characters. When a quote opened on
/// a line is not closed within that, the line's quotes are turned into apostrophes (the line is read on its own and
/// reported), and the lines after it are read again as the rows they are. A line longer than
/// <see cref="MaxLineLength"/> (Sep's own limit is 16M characters a row) is cut there and reported. Each fix is
/// recorded, in line order, before Sep sees the line (<see cref="TryTakeFault"/>).
/// </summary>
internal sealed class CsvLineGuard(TextReader source) : TextReader
{
    /// <summary>The most lines one quoted field may span.</summary>
    public const int MaxQuotedLines = 100;

    /// <summary>The most characters of one line, or of the lines a quoted field spans.</summary>
    public const int MaxLineLength = 8 * 1024 * 1024;

    private readonly Queue<CsvLineFault> _faults = new();
    private char[] _buffer = new char[1 << 16];
    private int _released;
    private int _safe;
    private int _scan;
    private int _lineStart;
    private int _end;
    private bool _inQuote;
    private int _spanLines;
    private long _safeLine = 1;
    private long _releasedLine = 1;
    private bool _eof;
    private bool _discarding;

    /// <summary>Takes the next fix if it lies before <paramref name="line"/>.</summary>
    /// <param name="line">The first line not to take fixes for.</param>
    /// <param name="fault">The fix.</param>
    /// <returns>Whether one was taken.</returns>
    public bool TryTakeFault(long line, out CsvLineFault fault)
    {
        if (_faults.TryPeek(out fault) && fault.Line < line)
        {
            _faults.Dequeue();
            return true;
        }

        return false;
    }

    /// <summary>Gets the fixes not yet taken, in line order, for a reader of the whole file.</summary>
    public Queue<CsvLineFault> Faults => _faults;

    /// <summary>
    /// Releases the next block of whole lines into <paramref name="block"/>: at least <paramref name="minChars"/>
    /// characters unless the file ends first, cut only where no quoted field goes on (where Sep starts a row), with the
    /// fixes of its lines. The text is what <see cref="Read(Span{char})"/> would have given, so each block parses as
    /// that part of the file does. Not to be mixed with reading through <see cref="Read(Span{char})"/>.
    /// </summary>
    /// <param name="minChars">The least characters of a block before the end of the file.</param>
    /// <param name="block">The block to fill.</param>
    /// <returns>Whether there was anything left to release.</returns>
    public bool TryReadBlock(int minChars, CsvBlock block)
    {
        while (_safe - _released < minChars && Advance())
        {
        }

        if (_safe == _released)
        {
            return false;
        }

        block.Fill(_buffer.AsSpan(_released, _safe - _released), _releasedLine);
        _released = _safe;
        _releasedLine = _safeLine;

        // A fix of the line starting where the block ends is the next block's; at the end, every fix left (the last
        // line may have no line break) is this one's.
        var bound = _eof && _safe == _end ? long.MaxValue : _safeLine;
        while (TryTakeFault(bound, out var fault))
        {
            block.Faults.Enqueue(fault);
        }

        return true;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (_released == _safe)
        {
            if (!Advance())
            {
                return 0;
            }
        }

        var count = Math.Min(buffer.Length, _safe - _released);
        _buffer.AsSpan(_released, count).CopyTo(buffer);
        _released += count;
        return count;
    }

    public override int Peek() => throw new NotSupportedException();

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Scans on until more text may be released; false at the end, when everything has been.</summary>
    private bool Advance()
    {
        while (true)
        {
            if (_scan == _end)
            {
                if (!_eof)
                {
                    Fill();
                    continue;
                }

                if (_inQuote && _spanLines > 0)
                {
                    // The file ends inside a quoted field that began lines ago: a stray quote, not a row.
                    FixUnclosed();
                    continue;
                }

                if (_safe < _end)
                {
                    _safe = _end;
                    return true;
                }

                return false;
            }

            var at = _buffer.AsSpan(_scan, _end - _scan).IndexOfAny('"', '\n', '\r');
            if (at < 0)
            {
                _scan = _end;
                if (_scan - _lineStart > MaxLineLength || (_spanLines > 0 && _scan - _safe > MaxLineLength))
                {
                    TooLong(terminator: -1);
                }

                continue;
            }

            _scan += at;
            if (_buffer[_scan] == '"')
            {
                _inQuote = !_inQuote;
                _scan++;
                continue;
            }

            if (_scan - _lineStart > MaxLineLength)
            {
                TooLong(terminator: _scan);
                continue;
            }

            if (_buffer[_scan] == '\r' && _scan + 1 == _end && !_eof)
            {
                // Is it \r\n? The next character decides.
                Fill();
                continue;
            }

            if (_buffer[_scan] == '\r' && _scan + 1 < _end && _buffer[_scan + 1] == '\n')
            {
                _scan++;
            }

            _scan++;
            _lineStart = _scan;
            if (!_inQuote)
            {
                _safe = _scan;
                _safeLine += _spanLines + 1;
                _spanLines = 0;
                return true;
            }

            if (++_spanLines > MaxQuotedLines || _scan - _safe > MaxLineLength)
            {
                FixUnclosed();
            }
        }
    }

    /// <summary>The quote left open on the line at <see cref="_safe"/> is stray: that line loses its quotes and everything after it is scanned again.</summary>
    private void FixUnclosed()
    {
        var end = _buffer.AsSpan(_safe, _end - _safe).IndexOfAny('\n', '\r');
        var line = _buffer.AsSpan(_safe, end < 0 ? _end - _safe : end);
        line.Replace('"', '\'');
        _faults.Enqueue(new CsvLineFault(_safeLine, CsvLineFaultKind.UnclosedQuote));
        _scan = _safe;
        _lineStart = _safe;
        _inQuote = false;
        _spanLines = 0;
    }

    /// <summary>The line at <see cref="_safe"/> is too long: its first <see cref="MaxLineLength"/> characters are kept, without quotes, up to its end (at <paramref name="terminator"/>, or still to come when -1).</summary>
    private void TooLong(int terminator)
    {
        if (_spanLines > 0)
        {
            FixUnclosed();
            return;
        }

        _buffer.AsSpan(_safe, MaxLineLength).Replace('"', '\'');
        _faults.Enqueue(new CsvLineFault(_safeLine, CsvLineFaultKind.TooLong));
        var cut = _safe + MaxLineLength;
        _inQuote = false;
        if (terminator >= 0)
        {
            Array.Copy(_buffer, terminator, _buffer, cut, _end - terminator);
            _end -= terminator - cut;
            _scan = cut;
            return;
        }

        _end = cut;
        _scan = cut;
        _discarding = true;
    }

    private void Fill()
    {
        if (_released > 0)
        {
            var kept = _end - _released;
            Array.Copy(_buffer, _released, _buffer, 0, kept);
            _safe -= _released;
            _scan -= _released;
            _lineStart -= _released;
            _end = kept;
            _released = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        while (true)
        {
            var read = source.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
                _discarding = false;
                return;
            }

            if (!_discarding)
            {
                _end += read;
                return;
            }

            // The rest of a line too long to keep: dropped up to its end.
            var newline = _buffer.AsSpan(_end, read).IndexOfAny('\n', '\r');
            if (newline >= 0)
            {
                Array.Copy(_buffer, _end + newline, _buffer, _end, read - newline);
                _end += read - newline;
                _discarding = false;
                return;
            }
        }
    }
}
