using System.Text.Json;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Reads villages from a JSON array of objects as a stream: a buffer is refilled as the reader moves on, so memory stays
/// the size of the largest village object, not of the file. Line numbers are counted from the bytes consumed.
/// </summary>
internal sealed class JsonArrayVillageSource(Stream stream) : VillageSource
{
    private readonly List<string> _columns = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _begun;
    private bool _finished;
    private long _line = 1;

    public override IReadOnlyList<string> Columns => _columns;

    public override int ReadNext(VillageBatch batch, VillageRowBuilder builder)
    {
        if (_finished)
        {
            return -1;
        }

        while (true)
        {
            var found = TryNextObject(out var objectStart, out var objectLength, out var error);
            if (error is not null)
            {
                // The array itself is broken: report it on a village of its own and stop reading.
                _finished = true;
                var row = builder.Begin(batch, null, null, _line);
                batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Json_NotArrayFromHere), error), null, _line));
                return row;
            }

            if (found)
            {
                var line = _line + Count(_start, objectStart);
                var fields = new List<JsonField>();
                string? problem = null;
                try
                {
                    JsonObjectFields.Read(_buffer.AsSpan(objectStart, objectLength), fields);
                }
                catch (JsonException exception)
                {
                    problem = exception.Message;
                }

                _line = line + Count(objectStart, objectStart + objectLength);
                _start = objectStart + objectLength;
                var row = JsonObjectFields.AddVillage(batch, builder, fields, line, _columns, _seen);
                if (problem is not null)
                {
                    batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Json_InvalidVillage), problem), null, line));
                }

                return row;
            }

            if (_finished)
            {
                return -1;
            }

            if (!Refill())
            {
                _finished = true;
                if (_end > _start && !IsWhitespace(_start, _end))
                {
                    var row = builder.Begin(batch, null, null, _line);
                    batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Json_Truncated)), null, _line));
                    return row;
                }

                return -1;
            }
        }
    }

    public override void Dispose() => stream.Dispose();

    /// <summary>Finds the next complete element of the array in the buffer, without consuming it.</summary>
    private bool TryNextObject(out int start, out int length, out string? error)
    {
        start = length = 0;
        error = null;
        if (!_begun)
        {
            SkipSeparators(allowComma: false);
            if (_start == _end)
            {
                return false;
            }

            if (_buffer[_start] != (byte)'[')
            {
                error = Localizer.Format(Language.Current, nameof(Messages.Json_ExpectedArray));
                return false;
            }

            _start++;
            _begun = true;
        }

        SkipSeparators(allowComma: true);
        if (_start == _end)
        {
            return false;
        }

        if (_buffer[_start] == (byte)']')
        {
            _finished = true;
            return false;
        }

        if (_buffer[_start] != (byte)'{')
        {
            error = Localizer.Format(Language.Current, nameof(Messages.Json_ExpectedObject), (char)_buffer[_start]);
            return false;
        }

        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: _endOfStream, default);
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return false;
            }
        }
        catch (JsonException exception)
        {
            error = exception.Message;
            return false;
        }

        start = _start;
        length = (int)reader.BytesConsumed;
        return true;
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

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _endOfStream = read == 0;
        return true;
    }

    private int Count(int from, int to) => _buffer.AsSpan(from, to - from).Count((byte)'\n');

    private bool IsWhitespace(int from, int to) => _buffer.AsSpan(from, to - from).IndexOfAnyExcept(" \t\r\n"u8) < 0;
}
