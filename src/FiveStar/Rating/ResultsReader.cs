using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FiveStar.Resources;
using FiveStar.Villages.Reading;

namespace FiveStar.Rating;

/// <summary>
/// Reads a <see cref="ResultsDocument"/> as a stream: the header (criteria, language, schema version) when opened, then
/// one village at a time, then the summary, so a results file of millions of villages is never held whole. Members
/// the reader does not know are skipped, as a reader of an older 1.x version must.
/// </summary>
public sealed class ResultsReader : IDisposable
{
    private const int InitialBuffer = 64 * 1024;

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private byte[] _buffer = new byte[InitialBuffer];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private bool _villagesRead;
    private bool _inVillages;
    private bool _ended;
    private RatingSummary? _summary;
    private long _line = 1;

    // Where _start stands in its line, in the reader's bytes and in characters: a syntax error is told at line and column.
    private long _startByte;
    private int _startColumn = 1;
    private int _stepStart;

    private ResultsReader(Stream stream, bool ownsStream, string sourceName)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        SourceName = sourceName;
        _state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
    }

    private delegate bool Step<T>(ref Utf8JsonReader reader, out T value);

    /// <summary>Gets the file or stream name, for messages.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based position of the village last read in the document.</summary>
    internal long VillageNumber { get; private set; }

    /// <summary>Gets the 1-based line where the village last read starts.</summary>
    internal long VillageLine { get; private set; }

    /// <summary>Gets the version of the document shape.</summary>
    public string SchemaVersion { get; private set; } = string.Empty;

    /// <summary>Gets the criteria the villages were rated against.</summary>
    public ResultsCriteria Criteria { get; private set; } = null!;

    /// <summary>Gets the language of the messages and reasons.</summary>
    public string Language { get; private set; } = string.Empty;

    /// <summary>Gets the township summary; available once <see cref="ReadVillages"/> has been read to the end.</summary>
    /// <exception cref="InvalidOperationException">The villages have not been read to the end yet.</exception>
    public RatingSummary Summary => _summary ?? throw new InvalidOperationException("The summary follows the villages: read ReadVillages() to the end first.");

    /// <summary>Opens a results document and reads its header.</summary>
    /// <param name="input">The stream; the reader does not dispose it.</param>
    /// <returns>The reader, positioned at the first village.</returns>
    /// <exception cref="ResultsFormatException">The stream is not a results document, or one of another major schema version.</exception>
    public static ResultsReader Open(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reader = new ResultsReader(input, ownsStream: false, "results");
        reader.ReadHeader();
        return reader;
    }

    /// <summary>Opens a results file and reads its header.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The reader, positioned at the first village; disposing it closes the file.</returns>
    /// <exception cref="ResultsFormatException">The file is not a results document, or one of another major schema version.</exception>
    public static ResultsReader Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            var reader = new ResultsReader(stream, ownsStream: true, path);
            reader.ReadHeader();
            return reader;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the villages one at a time, in document order; can be enumerated once.</summary>
    /// <returns>The villages.</returns>
    /// <exception cref="ResultsFormatException">A village is not of the results shape.</exception>
    public IEnumerable<VillageRating> ReadVillages()
    {
        if (_villagesRead)
        {
            throw new InvalidOperationException("The villages have already been read.");
        }

        _villagesRead = true;
        return Villages();
    }

    /// <summary>Reads the rest of the document: every village into memory, then the summary.</summary>
    /// <returns>The whole document.</returns>
    public ResultsDocument ReadDocument()
    {
        var villages = ReadVillages().ToList();
        return new ResultsDocument
        {
            SchemaVersion = SchemaVersion,
            Criteria = Criteria,
            Language = Language,
            Villages = villages,
            Summary = Summary,
        };
    }

    /// <summary>Closes the file when the reader opened it.</summary>
    public void Dispose()
    {
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }

    private IEnumerable<VillageRating> Villages()
    {
        while (_inVillages)
        {
            var line = _line;
            VillageRating? village;
            try
            {
                village = Run(static (ref Utf8JsonReader r, out VillageRating? value) =>
                {
                    value = null;
                    if (!r.Read())
                    {
                        return false;
                    }

                    if (r.TokenType == JsonTokenType.EndArray)
                    {
                        return true;
                    }

                    return TryDeserialize(ref r, RatingJson.Context.VillageRating, out value);
                });
            }
            catch (ResultsFormatException exception)
            {
                // Where in the file, not where in the buffer: a fractional star count, a string for a number.
                var ahead = _buffer.AsSpan(_start, _end - _start);
                var brace = ahead.IndexOf((byte)'{');
                var at = line + (brace < 0 ? 0 : ahead[..brace].Count((byte)'\n'));
                var message = exception.Message;
                if (exception.InnerException is JsonException { LineNumber: { } inside })
                {
                    // The reader's line counts from the village's first byte: made the file's line above.
                    at += inside;
                    message = message.Split(" | LineNumber", 2)[0];
                }

                throw new ResultsFormatException(Located(VillageNumber + 1, at, message), exception);
            }

            if (village is null)
            {
                _inVillages = false;
                ReadMembers();
                yield break;
            }

            VillageNumber++;
            VillageLine = line + NewlinesBeforeObject();
            if (string.IsNullOrWhiteSpace(village.Id))
            {
                throw new ResultsFormatException(Located(VillageNumber, VillageLine, Localizer.Format(Text.Language.Current, nameof(Messages.Results_NoId))));
            }

            if (village.Name is null || village.Categories is null || village.Vetoes is null || village.Problems is null || village.Categories.Any(c => c is null || c.Id is null))
            {
                throw new ResultsFormatException(Located(VillageNumber, VillageLine, Localizer.Format(Text.Language.Current, nameof(Messages.Results_NullMember))));
            }

            yield return village;
        }

        ReadMembers();
    }

    /// <summary>A problem of a village, with where it is: the file, the village's position and its line.</summary>
    internal string Located(long number, long line, string message) =>
        Localizer.Format(Text.Language.Current, nameof(Messages.Results_VillageProblem), SourceName, line, number, message);

    /// <summary>The newlines between the start of the last step and the village object it read (a comma and a line break).</summary>
    private int NewlinesBeforeObject()
    {
        var consumed = _buffer.AsSpan(_stepStart, _start - _stepStart);
        var brace = consumed.IndexOf((byte)'{');
        return brace < 0 ? 0 : consumed[..brace].Count((byte)'\n');
    }

    private void ReadHeader()
    {
        var start = Run(static (ref Utf8JsonReader r, out JsonTokenType value) =>
        {
            value = JsonTokenType.None;
            if (!r.Read())
            {
                return false;
            }

            value = r.TokenType;
            return true;
        });
        if (start != JsonTokenType.StartObject)
        {
            throw new ResultsFormatException(Localizer.Format(Text.Language.Current, nameof(Messages.Results_NotAnObject)));
        }

        ReadMembers();
        if (Criteria is null || string.IsNullOrEmpty(SchemaVersion))
        {
            throw new ResultsFormatException(Localizer.Format(Text.Language.Current, nameof(Messages.Results_NoHeader)));
        }
    }

    /// <summary>Reads members of the root object until the villages array opens or the object ends.</summary>
    private void ReadMembers()
    {
        while (!_inVillages && !_ended)
        {
            var name = Run(static (ref Utf8JsonReader r, out string? value) =>
            {
                value = null;
                if (!r.Read())
                {
                    return false;
                }

                if (r.TokenType == JsonTokenType.EndObject)
                {
                    return true;
                }

                value = r.GetString();
                return true;
            });
            switch (name)
            {
                case null:
                    _ended = true;
                    if (_summary is null)
                    {
                        throw new ResultsFormatException(Localizer.Format(Text.Language.Current, nameof(Messages.Results_NoSummary)));
                    }

                    return;
                case "schemaVersion":
                    SchemaVersion = Run(static (ref Utf8JsonReader r, out string value) =>
                    {
                        value = string.Empty;
                        if (!r.Read())
                        {
                            return false;
                        }

                        value = r.GetString() ?? string.Empty;
                        return true;
                    });
                    CheckVersion(SchemaVersion);
                    break;
                case "language":
                    Language = Run(static (ref Utf8JsonReader r, out string value) =>
                    {
                        value = string.Empty;
                        if (!r.Read())
                        {
                            return false;
                        }

                        value = r.GetString() ?? string.Empty;
                        return true;
                    });
                    break;
                case "criteria":
                    Criteria = Run(static (ref Utf8JsonReader r, out ResultsCriteria? value) => r.Read() ? TryDeserialize(ref r, RatingJson.Context.ResultsCriteria, out value) : Fail(out value))!;
                    break;
                case "summary":
                    _summary = Run(static (ref Utf8JsonReader r, out RatingSummary? value) => r.Read() ? TryDeserialize(ref r, RatingJson.Context.RatingSummary, out value) : Fail(out value));
                    break;
                case "villages":
                    var open = Run(static (ref Utf8JsonReader r, out JsonTokenType value) =>
                    {
                        value = JsonTokenType.None;
                        if (!r.Read())
                        {
                            return false;
                        }

                        value = r.TokenType;
                        return true;
                    });
                    if (open != JsonTokenType.StartArray)
                    {
                        throw new ResultsFormatException(Localizer.Format(Text.Language.Current, nameof(Messages.Results_VillagesNotArray)));
                    }

                    _inVillages = true;
                    return;
                default:
                    Run(static (ref Utf8JsonReader r, out bool value) => value = r.TrySkip());
                    break;
            }
        }
    }

    private static bool Fail<T>(out T? value)
    {
        value = default;
        return false;
    }

    /// <summary>Deserializes the value the reader is at, or says that more input is needed.</summary>
    private static bool TryDeserialize<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo, out T? value)
    {
        value = default;
        var copy = reader;
        if (!reader.TrySkip())
        {
            return false;
        }

        value = JsonSerializer.Deserialize(ref copy, typeInfo);
        return true;
    }

    /// <summary>Runs one step over the buffered input, reading more until the step completes.</summary>
    private T Run<T>(Step<T> step)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            bool done;
            T value;
            try
            {
                done = step(ref reader, out value);
            }
            catch (JsonException exception) when (FiveStar.Text.JsonSyntaxError.Find(_buffer.AsSpan(_start, _end - _start), _state, Text.Language.Current, _line, _startColumn, _final, _startByte, exception) is { } syntax)
            {
                // Not JSON: the reason worded from the bytes (the reader's own message is English, with 0-based positions).
                throw new ResultsFormatException(Localizer.Format(Text.Language.Current, nameof(Messages.Results_InvalidJsonAt), syntax.Line, syntax.Column, syntax.Reason));
            }
            catch (JsonException exception)
            {
                throw new ResultsFormatException(Localizer.Format(Text.Language.Current, nameof(Messages.Results_InvalidJson), exception.Message), exception);
            }
            catch (InvalidOperationException exception)
            {
                throw new ResultsFormatException(Localizer.Format(Text.Language.Current, nameof(Messages.Results_InvalidJson), exception.Message), exception);
            }

            if (done)
            {
                _stepStart = _start;
                var consumed = _buffer.AsSpan(_start, (int)reader.BytesConsumed);
                _line += consumed.Count((byte)'\n');
                var newline = consumed.LastIndexOf((byte)'\n');
                var inLine = consumed[(newline + 1)..];
                (_startByte, _startColumn) = newline < 0
                    ? (_startByte + inLine.Length, _startColumn + Encoding.UTF8.GetCharCount(inLine))
                    : (inLine.Length, Encoding.UTF8.GetCharCount(inLine) + 1);
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return value;
            }

            if (_final)
            {
                throw new ResultsFormatException(Localizer.Format(Text.Language.Current, nameof(Messages.Results_Truncated)));
            }

            Fill();
        }
    }

    private void Fill()
    {
        ReadBuffer.MakeRoom(ref _buffer, ref _start, ref _end);

        // Fill the free space (or reach the end): a step that failed is retried once per fill, not once per small read.
        var read = _stream.ReadAtLeast(_buffer.AsSpan(_end), _buffer.Length - _end, throwOnEndOfStream: false);
        if (read < _buffer.Length - _end)
        {
            _final = true;
        }

        _end += read;
    }

    private static void CheckVersion(string version)
    {
        var major = ResultsDocument.CurrentSchemaVersion.Split('.')[0];
        if (version.Split('.')[0] != major)
        {
            throw new ResultsFormatException(Localizer.Format(Text.Language.Current, nameof(Messages.Results_UnsupportedVersion), version, major));
        }
    }
}
