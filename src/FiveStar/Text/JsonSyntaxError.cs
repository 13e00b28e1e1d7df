using System.Globalization;
using System.Text;
using System.Text.Json;
using FiveStar.Resources;

namespace FiveStar.Text;

/// <summary>
/// Where a text stops being JSON and why, in the reader's language. System.Text.Json's own messages are English and carry
/// 0-based byte positions (<c>LineNumber: 1 | BytePositionInLine: 16</c>), so every JSON path (criteria, villages, results,
/// criteria tests) reads the text again with the same options and words the reason from the bytes at the fault and what
/// was read before it, never from the exception's text.
/// </summary>
/// <param name="Line">The 1-based line of the fault in the file.</param>
/// <param name="Column">The 1-based column of the fault in characters, or null when the line starts before the bytes at hand.</param>
/// <param name="Reason">What is wrong there, for people.</param>
internal readonly record struct JsonSyntaxError(long Line, int? Column, string Reason)
{
    private const int MaxShown = 24;

    /// <summary>Reads the bytes and describes the first syntax error, or returns null when the reader finds none.</summary>
    /// <param name="utf8">The text, as far as it is at hand.</param>
    /// <param name="options">The options the text is read with (comments, trailing commas).</param>
    /// <param name="language">The language of <see cref="Reason"/>.</param>
    /// <param name="firstLine">The 1-based line of the file the bytes start on.</param>
    /// <param name="firstColumn">The 1-based column the bytes start at, or null when unknown.</param>
    /// <param name="isFinalBlock">Whether the bytes end where the text ends.</param>
    public static JsonSyntaxError? Find(ReadOnlySpan<byte> utf8, JsonReaderOptions options, Language language, long firstLine = 1, int? firstColumn = 1, bool isFinalBlock = true) =>
        Find(utf8, new JsonReaderState(options), language, firstLine, firstColumn, isFinalBlock, 0, 0, null);

    /// <summary>
    /// Describes a reader's error in bytes read on from <paramref name="state"/>, the middle of a document: the reader's
    /// counters carry on from there, so where it stood when the bytes start is given, and an error elsewhere than where
    /// <paramref name="expected"/> says (a value of the wrong type, not a syntax error) yields null.
    /// </summary>
    /// <param name="utf8">The bytes read on from <paramref name="state"/>.</param>
    /// <param name="state">The reader's state at the first byte.</param>
    /// <param name="language">The language of <see cref="Reason"/>.</param>
    /// <param name="firstLine">The 1-based line of the file the bytes start on.</param>
    /// <param name="firstColumn">The 1-based column (in characters) the bytes start at, or null when unknown.</param>
    /// <param name="isFinalBlock">Whether the bytes end where the text ends.</param>
    /// <param name="startBytePosition">The reader's 0-based byte position in the line at the first byte.</param>
    /// <param name="expected">The error to describe.</param>
    public static JsonSyntaxError? Find(ReadOnlySpan<byte> utf8, JsonReaderState state, Language language, long firstLine, int? firstColumn, bool isFinalBlock, long startBytePosition, JsonException expected) =>
        Find(utf8, state, language, firstLine, firstColumn, isFinalBlock, firstLine - 1, startBytePosition, expected);

    private static JsonSyntaxError? Find(ReadOnlySpan<byte> utf8, JsonReaderState state, Language language, long firstLine, int? firstColumn, bool isFinalBlock, long startLine, long startBytePosition, JsonException? expected)
    {
        var options = state.Options;
        var reader = new Utf8JsonReader(utf8, isFinalBlock, state);
        var open = new List<(byte Bracket, int Offset)>();
        var previous = JsonTokenType.None;
        var depth = 0;
        var lastEnd = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        open.Add((reader.TokenType == JsonTokenType.StartObject ? (byte)'{' : (byte)'[', (int)reader.TokenStartIndex));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (open.Count > 0)
                        {
                            open.RemoveAt(open.Count - 1);
                        }

                        break;
                }

                previous = reader.TokenType;
                depth = reader.CurrentDepth;
                lastEnd = (int)reader.BytesConsumed;
            }

            return null;
        }
        catch (JsonException exception)
        {
            if (expected is not null && (exception.LineNumber != expected.LineNumber || exception.BytePositionInLine != expected.BytePositionInLine))
            {
                return null;
            }

            var at = OffsetOf(utf8, (exception.LineNumber ?? startLine) - startLine, exception.BytePositionInLine ?? startBytePosition, startBytePosition);
            var scan = new Scan(utf8, options, language, open, previous, depth, lastEnd, firstLine, firstColumn);
            var (line, column) = scan.Position(at);
            return new JsonSyntaxError(line, column, scan.Reason(at));
        }
    }

    /// <summary>The offset of a reader's (line, byte in line) position, counted from the bytes' start.</summary>
    private static int OffsetOf(ReadOnlySpan<byte> utf8, long lines, long bytePosition, long startBytePosition)
    {
        var offset = 0;
        for (var i = 0L; i < lines; i++)
        {
            var next = utf8[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            offset += next + 1;
        }

        var inLine = lines == 0 ? bytePosition - startBytePosition : bytePosition;
        return (int)Math.Clamp(offset + inLine, 0, utf8.Length);
    }

    /// <summary>What was read before the fault, and the bytes around it.</summary>
    private readonly ref struct Scan(ReadOnlySpan<byte> utf8, JsonReaderOptions options, Language language, List<(byte Bracket, int Offset)> open, JsonTokenType previous, int depth, int lastEnd, long firstLine, int? firstColumn)
    {
        private readonly ReadOnlySpan<byte> _utf8 = utf8;

        private bool InContainer => previous is JsonTokenType.StartObject or JsonTokenType.StartArray || depth > 0;

        private bool AfterValue => previous is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null or JsonTokenType.EndObject or JsonTokenType.EndArray;

        /// <summary>The container the fault is in, when it was opened in the bytes at hand.</summary>
        private byte? Container => open.Count > 0 ? open[^1].Bracket : null;

        public (long Line, int? Column) Position(int offset)
        {
            var before = _utf8[..offset];
            var lines = before.Count((byte)'\n');
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            var characters = Encoding.UTF8.GetCharCount(before[lineStart..]);
            return lines > 0 ? (firstLine + lines, characters + 1) : (firstLine, firstColumn + characters);
        }

        public string Reason(int at)
        {
            // What comes after the last token read: a separator, then the token the reader was reading when it failed.
            var p = SkipSpace(lastEnd, at);
            var comma = false;
            if (p < at && _utf8[p] == (byte)',')
            {
                comma = true;
                p = SkipSpace(p + 1, at);
            }

            if (p < at && _utf8[p] == (byte)':')
            {
                p = SkipSpace(p + 1, at);
            }

            var expectsName = previous == JsonTokenType.StartObject || (comma && Container == (byte)'{');
            if (SkipSpace(at, _utf8.Length) >= _utf8.Length)
            {
                return EndsEarly(p < at && _utf8[p] == (byte)'"' && !Closes(p, at));
            }

            if (p < at && _utf8[p] == (byte)'"')
            {
                if (Closes(p, at))
                {
                    return expectsName && previous != JsonTokenType.PropertyName
                        ? Text(nameof(Messages.Json_Syntax_MissingColon))
                        : Unexpected(at);
                }

                return InString(at);
            }

            if (p < at && IsWordByte(_utf8[p]))
            {
                // A word the reader began as a literal or a number (tru, 1.2.3).
                return Text(nameof(Messages.Json_Syntax_InvalidValue), Word(p));
            }

            var b = _utf8[at];
            if (previous == JsonTokenType.PropertyName && b is (byte)',' or (byte)'}' or (byte)']')
            {
                return Text(nameof(Messages.Json_Syntax_MissingValue));
            }

            switch (b)
            {
                case (byte)',':
                    return Text(nameof(Messages.Json_Syntax_ExtraComma));
                case (byte)'}' or (byte)']':
                    return Closing(b, comma, at);
                case (byte)'/' when options.CommentHandling == JsonCommentHandling.Disallow:
                    return Text(nameof(Messages.Json_Syntax_Comment));
            }

            // A character of its own (a full-width ，) is named rather than taken for a missing comma.
            if (AfterValue && !comma && b < 0x80)
            {
                if (!InContainer)
                {
                    return Text(nameof(Messages.Json_Syntax_TextAfterEnd));
                }

                return Container is { } bracket
                    ? Text(nameof(Messages.Json_Syntax_MissingComma), Closer(bracket))
                    : Text(nameof(Messages.Json_Syntax_MissingCommaAny));
            }

            if (IsWordByte(b))
            {
                return expectsName ? Text(nameof(Messages.Json_Syntax_UnquotedName), Word(at)) : Text(nameof(Messages.Json_Syntax_InvalidValue), Word(at));
            }

            return Unexpected(at);
        }

        /// <summary>The text ends before it is whole: inside quotes, inside an object or array, or before any value.</summary>
        private string EndsEarly(bool inString)
        {
            if (inString)
            {
                return Text(nameof(Messages.Json_Syntax_EndsInString));
            }

            if (open.Count > 0)
            {
                var (bracket, offset) = open[^1];
                return Text(nameof(Messages.Json_Syntax_EndsBeforeClose), (char)bracket, Position(offset).Line, Closer(bracket));
            }

            return Text(nameof(Messages.Json_Syntax_EndsEarly));
        }

        private string Closing(byte b, bool comma, int at)
        {
            if (comma)
            {
                return Text(nameof(Messages.Json_Syntax_TrailingComma), (char)b);
            }

            if (Container is { } bracket && Closer(bracket) != (char)b)
            {
                return Text(nameof(Messages.Json_Syntax_WrongClose), (char)b, (char)bracket, Closer(bracket));
            }

            return !InContainer ? Text(nameof(Messages.Json_Syntax_NothingToClose), (char)b) : Unexpected(at);
        }

        /// <summary>The reader stopped inside quotes: at a line break (not closed), a control character or a bad escape.</summary>
        private string InString(int at)
        {
            var b = _utf8[at];
            if (b is (byte)'\n' or (byte)'\r')
            {
                return Text(nameof(Messages.Json_Syntax_UnterminatedString));
            }

            if (b < 0x20)
            {
                return Text(nameof(Messages.Json_Syntax_ControlCharacter), CharacterAt(at));
            }

            var escape = _utf8[..(at + 1)].LastIndexOf((byte)'\\');
            if (escape >= 0 && at - escape <= 5)
            {
                return Text(nameof(Messages.Json_Syntax_InvalidEscape), Encoding.UTF8.GetString(_utf8[escape..Math.Min(_utf8.Length, at + 1)]));
            }

            return Unexpected(at);
        }

        private string Unexpected(int at) => at < 0 || at >= _utf8.Length
            ? Text(nameof(Messages.Json_Syntax_Invalid))
            : Text(nameof(Messages.Json_Syntax_UnexpectedCharacter), CharacterAt(at));

        /// <summary>Whether the quoted text starting at <paramref name="quote"/> closes before <paramref name="end"/>.</summary>
        private bool Closes(int quote, int end)
        {
            for (var i = quote + 1; i < end; i++)
            {
                if (_utf8[i] == (byte)'\\')
                {
                    i++;
                }
                else if (_utf8[i] == (byte)'"')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Skips white space, and comments when the text may have them.</summary>
        private int SkipSpace(int from, int end)
        {
            var i = from;
            while (i < end)
            {
                var b = _utf8[i];
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                {
                    i++;
                }
                else if (b == (byte)'/' && options.CommentHandling != JsonCommentHandling.Disallow && i + 1 < end && _utf8[i + 1] is (byte)'/' or (byte)'*')
                {
                    var rest = _utf8[(i + 2)..end];
                    var close = _utf8[i + 1] == (byte)'/' ? rest.IndexOf((byte)'\n') : rest.IndexOf("*/"u8);
                    i = close < 0 ? end : i + 2 + close + (_utf8[i + 1] == (byte)'/' ? 1 : 2);
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        /// <summary>The word that starts at <paramref name="from"/>, up to a separator, shortened when long.</summary>
        private string Word(int from)
        {
            var end = from;
            while (end < _utf8.Length && !IsSeparator(_utf8[end]))
            {
                end++;
            }

            var word = Encoding.UTF8.GetString(_utf8[from..end]);
            return word.Length > MaxShown ? string.Concat(word.AsSpan(0, MaxShown), "…") : word;
        }

        /// <summary>The character at an offset as people see it; a control character as its code (U+0009).</summary>
        private string CharacterAt(int at)
        {
            var status = Rune.DecodeFromUtf8(_utf8[at..], out var rune, out _);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return "0x" + _utf8[at].ToString("X2", CultureInfo.InvariantCulture);
            }

            return Rune.IsControl(rune) ? "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture) : rune.ToString();
        }

        private string Text(string name, params object?[] args) => Localizer.Format(language, name, args);

        private static char Closer(byte bracket) => bracket == (byte)'{' ? '}' : ']';

        /// <summary>A byte that may start a bare word: an ASCII letter, digit, sign or point (other characters are named one by one).</summary>
        private static bool IsWordByte(byte b) => b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'_' or (byte)'.';

        private static bool IsSeparator(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)':' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'"' or (byte)'/';
    }
}
