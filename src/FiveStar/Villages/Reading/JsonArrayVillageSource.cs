using System.Text.Json;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Reads villages from a JSON array of objects as a stream: a buffer is refilled as the reader moves on, so memory stays
/// the size of the largest village object, not of the file. Line numbers are counted from the bytes consumed. No
/// village is dropped or made up: a village object that is not valid JSON is listed with the members read before the
/// fault and reading resumes at the next line starting with <c>{</c>; an element that is not an object, a missing
/// <c>]</c> or data after it are errors of the file (<see cref="Warnings"/>).
/// </summary>
internal sealed class JsonArrayVillageSource(Stream stream) : VillageSource
{
    private static readonly JsonReaderOptions ScanOptions = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = int.MaxValue };

    private readonly List<string> _columns = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<DataProblem> _fileProblems = [];
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _begun;
    private bool _finished;
    private long _line = 1;
    private bool _holdsFileStart = true;
    private JsonSyntaxError? _fault;

    private enum Element
    {
        /// <summary>More bytes are needed to tell.</summary>
        NeedMore,

        /// <summary>A complete object is in the buffer.</summary>
        Village,

        /// <summary>An object starts here but is not valid JSON.</summary>
        BrokenVillage,

        /// <summary>A complete value that is not an object (a number, a string, an array).</summary>
        NotAnObject,

        /// <summary>The closing ] was reached.</summary>
        End,

        /// <summary>The file does not start with [.</summary>
        NotAnArray,

        /// <summary>Bytes that are no JSON value were skipped (and reported).</summary>
        Skipped,
    }

    public override IReadOnlyList<string> Columns => _columns;

    /// <summary>Gets what is wrong with the array itself (an element that is not an object, no closing <c>]</c>, data after it): errors of the file, not of a village.</summary>
    public override IReadOnlyList<DataProblem> Warnings => _fileProblems;

    public override int ReadNext(VillageBatch batch, VillageRowBuilder builder)
    {
        while (!_finished)
        {
            var element = Next(out var length, out var error);
            switch (element)
            {
                case Element.Village:
                    return Village(batch, builder, length);
                case Element.BrokenVillage:
                    return BrokenVillage(batch, builder, error!);
                case Element.NotAnObject:
                    // Not a village: an error of the file, and no village is made up for it.
                    FileError(nameof(Messages.Data_JsonNotAnObject), _line, error);
                    _line += Count(_start, _start + length);
                    _start += length;
                    continue;
                case Element.End:
                    _finished = true;
                    CheckNothingAfterTheArray();
                    return -1;
                case Element.Skipped:
                    continue;
                case Element.NotAnArray:
                    _finished = true;
                    FileError(nameof(Messages.Data_JsonNotAnArray), _line);
                    return -1;
            }

            if (!Refill())
            {
                _finished = true;
                if (_begun)
                {
                    FileError(nameof(Messages.Data_JsonNoClosingBracket), _line);
                }

                return -1;
            }
        }

        return -1;
    }

    public override void Dispose() => stream.Dispose();

    private int Village(VillageBatch batch, VillageRowBuilder builder, int length)
    {
        var line = _line;
        (long Line, int? Column) fault = (line, null);
        var fields = new List<JsonField>();
        string? problem = null;
        (string Member, int Depth)? tooDeep = null;
        try
        {
            JsonObjectFields.Read(_buffer.AsSpan(_start, length), fields, out tooDeep);
        }
        catch (JsonException exception)
        {
            // The reader's own message is English with 0-based positions: the reason is worded again from the bytes.
            var syntax = exception.LineNumber is null ? null : JsonObjectFields.SyntaxError(_buffer.AsSpan(_start, length), _line, ColumnAt(_start));
            problem = exception.LineNumber is null ? exception.Message : syntax?.Reason ?? Message(nameof(Messages.Json_Syntax_Invalid));
            fault = syntax is { } at ? (at.Line, at.Column) : fault;
        }

        _line += Count(_start, _start + length);
        _start += length;
        var row = JsonObjectFields.AddVillage(batch, builder, fields, line, _columns, _seen);
        if (problem is not null)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Message(nameof(Messages.Data_NotAJsonObject), problem), null, fault.Line, fault.Column));
        }

        if (tooDeep is { } deep)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Message(nameof(Messages.Data_JsonTooDeep), deep.Member, deep.Depth, JsonObjectFields.MaxValueDepth), deep.Member, line, null));
        }

        return row;
    }

    /// <summary>
    /// A village object that is not valid JSON, or is cut off by the end of the file: listed with the members read
    /// before the fault (its id, if it got that far), and reading resumes at the next line that starts with {.
    /// </summary>
    private int BrokenVillage(VillageBatch batch, VillageRowBuilder builder, string error)
    {
        var fault = _fault;
        _fault = null;
        var line = _line;
        var fields = new List<JsonField>();
        try
        {
            JsonObjectFields.Read(_buffer.AsSpan(_start, _end - _start), fields, out _, final: false);
        }
        catch (JsonException)
        {
            // What was read before the bytes went wrong is kept.
        }

        var row = JsonObjectFields.AddVillage(batch, builder, fields, line, _columns, _seen);
        var message = _endOfStream && error.Length == 0 ? Message(nameof(Messages.Data_JsonTruncated)) : Message(nameof(Messages.Data_JsonBrokenVillage), error);
        batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, message, null, fault?.Line ?? line, fault?.Column));
        SkipToNextLineStartingAnObject();
        return row;
    }

    /// <summary>Tells what the next element of the array is, without consuming it.</summary>
    private Element Next(out int length, out string? error)
    {
        length = 0;
        error = null;
        if (!_begun)
        {
            SkipSeparators(allowComma: false);
            if (_start == _end)
            {
                return Element.NeedMore;
            }

            if (_buffer[_start] != (byte)'[')
            {
                return Element.NotAnArray;
            }

            _start++;
            _begun = true;
        }

        SkipSeparators(allowComma: true);
        if (_start == _end)
        {
            return Element.NeedMore;
        }

        if (_buffer[_start] == (byte)']')
        {
            _start++;
            return Element.End;
        }

        // No depth limit while finding where the element ends (the reader keeps one bit per level, not a call): a village
        // nested 100 deep is skipped whole and reported by its members' reader, and the villages after it are read.
        var isObject = _buffer[_start] == (byte)'{';
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: _endOfStream, new JsonReaderState(ScanOptions));
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return Element.NeedMore;
            }
        }
        catch (JsonException exception)
        {
            if (!isObject)
            {
                // Garbage between villages: an error of the file, and the rest of its line is skipped.
                FileError(nameof(Messages.Data_JsonNotAnObject), _line, Shown(_start));
                SkipToNextLineStartingAnObject();
                return Element.Skipped;
            }

            // Cut off by the end of the file (truncated), or broken: then why, worded from the bytes (the reader's message is English).
            if (_endOfStream && EndsTooSoon())
            {
                error = string.Empty;
            }
            else
            {
                _fault = exception.LineNumber is null ? null : JsonSyntaxError.Find(_buffer.AsSpan(_start, _end - _start), ScanOptions, Language.Current, _line, ColumnAt(_start), _endOfStream);
                error = _fault?.Reason ?? Message(nameof(Messages.Json_Syntax_Invalid));
            }

            return Element.BrokenVillage;
        }

        length = (int)reader.BytesConsumed;
        if (!isObject)
        {
            error = Shown(_start, length);
            return Element.NotAnObject;
        }

        return Element.Village;
    }

    /// <summary>Tells whether the element at the start of the buffer is only cut off (valid so far) rather than broken.</summary>
    private bool EndsTooSoon()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, new JsonReaderState(ScanOptions));
        try
        {
            return !(reader.Read() && reader.TrySkip());
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>After the closing ], only white space may follow: anything else is an error of the file, not silently dropped.</summary>
    private void CheckNothingAfterTheArray()
    {
        while (true)
        {
            SkipSeparators(allowComma: false);
            if (_start < _end)
            {
                FileError(nameof(Messages.Data_JsonAfterArray), _line, Shown(_start));
                return;
            }

            if (!Refill() || _start == _end)
            {
                return;
            }
        }
    }

    /// <summary>Moves on to the next line whose first non-blank character is { (where the next village most likely starts) or ].</summary>
    private void SkipToNextLineStartingAnObject()
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline < 0)
            {
                _start = _end;
                if (!Refill() || _end == 0)
                {
                    return;
                }

                continue;
            }

            _start += newline + 1;
            _line++;
            var rest = _buffer.AsSpan(_start, _end - _start);
            var first = rest.IndexOfAnyExcept(" \t\r"u8);
            if (first < 0 && !_endOfStream)
            {
                // The line's start is not in the buffer yet.
                Refill();
                rest = _buffer.AsSpan(_start, _end - _start);
                first = rest.IndexOfAnyExcept(" \t\r"u8);
            }

            if (first >= 0 && rest[first] is (byte)'{' or (byte)']')
            {
                _start += first;
                return;
            }
        }
    }

    private void FileError(string message, long line, params object?[] args) =>
        _fileProblems.Add(new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Message(message, args), null, line, null));

    private static string Message(string name, params object?[] args) => Localizer.Format(Language.Current, name, args);

    /// <summary>The first characters from a position, on one line, to quote in a message.</summary>
    private string Shown(int from, int length = int.MaxValue)
    {
        var available = Math.Min(length, _end - from);
        var shown = Math.Min(available, 24);
        var text = System.Text.Encoding.UTF8.GetString(_buffer, from, shown).ReplaceLineEndings(" ");
        return shown < available ? text + "…" : text;
    }

    private void SkipSeparators(bool allowComma)
    {
        while (_start < _end && (_buffer[_start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' || (allowComma && _buffer[_start] == (byte)',')))
        {
            if (_buffer[_start] == (byte)'\n')
            {
                _line++;
            }

            _start++;
        }
    }

    private bool Refill()
    {
        if (_endOfStream)
        {
            return false;
        }

        _holdsFileStart &= _start == 0;
        ReadBuffer.MakeRoom(ref _buffer, ref _start, ref _end);

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _endOfStream = read == 0;
        return true;
    }

    /// <summary>The 1-based column (in characters) of a buffer offset, or null when its line starts in bytes no longer held.</summary>
    private int? ColumnAt(int offset)
    {
        var before = _buffer.AsSpan(0, offset);
        var newline = before.LastIndexOf((byte)'\n');
        if (newline < 0 && !_holdsFileStart)
        {
            return null;
        }

        return System.Text.Encoding.UTF8.GetCharCount(before[(newline + 1)..]) + 1;
    }

    private int Count(int from, int to) => _buffer.AsSpan(from, to - from).Count((byte)'\n');
}
