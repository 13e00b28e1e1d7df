using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>
/// Writes a <see cref="ResultsDocument"/> as a stream: the header, then each village as it is rated, then the summary,
/// so a run of millions of villages never holds them all. The bytes equal <see cref="RatingJson.Write"/>'s for the same
/// document. With <see cref="CreateLines(Stream)"/> it writes JSON Lines instead: one village object a line, then the summary.
/// </summary>
public sealed class ResultsWriter : IDisposable
{
    private const int FlushThreshold = 256 * 1024;
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    private readonly Stream? _stream;
    private readonly TextWriter? _text;
    private readonly MemoryStream? _buffer;
    private readonly Utf8JsonWriter _json;
    private readonly bool _lines;
    private bool _completed;

    /// <summary>Initializes a new instance of the <see cref="ResultsWriter"/> class that writes a results document to a stream.</summary>
    /// <param name="output">The stream (UTF-8 is written); it is left open.</param>
    /// <param name="criteria">The criteria the villages are rated against.</param>
    /// <param name="language">The language of the messages.</param>
    public ResultsWriter(Stream output, ResultsCriteria criteria, Language language)
        : this(output, null, lines: false)
    {
        WriteHeader(criteria, language);
    }

    /// <summary>Initializes a new instance of the <see cref="ResultsWriter"/> class that writes a results document to a text writer.</summary>
    /// <param name="output">The writer; it is left open.</param>
    /// <param name="criteria">The criteria the villages are rated against.</param>
    /// <param name="language">The language of the messages.</param>
    public ResultsWriter(TextWriter output, ResultsCriteria criteria, Language language)
        : this(null, output, lines: false)
    {
        WriteHeader(criteria, language);
    }

    /// <summary>Initializes a new instance of the <see cref="ResultsWriter"/> class that writes the results of a rater's run to a stream.</summary>
    /// <param name="output">The stream (UTF-8 is written); it is left open.</param>
    /// <param name="rater">The rater the villages are rated with.</param>
    /// <param name="language">The language of the messages.</param>
    public ResultsWriter(Stream output, StarRater rater, Language language)
        : this(output, Describe(rater), language)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResultsWriter"/> class that writes the results of a rater's run to a text writer.</summary>
    /// <param name="output">The writer; it is left open.</param>
    /// <param name="rater">The rater the villages are rated with.</param>
    /// <param name="language">The language of the messages.</param>
    public ResultsWriter(TextWriter output, StarRater rater, Language language)
        : this(output, Describe(rater), language)
    {
    }

    private ResultsWriter(Stream? stream, TextWriter? text, bool lines)
    {
        if (stream is null && text is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        _stream = stream;
        _text = text;
        _lines = lines;
        _buffer = text is not null || lines ? new MemoryStream() : null;
        _json = new Utf8JsonWriter(_buffer ?? stream!, WriterOptions);
    }

    /// <summary>Creates a writer of JSON Lines: one village object a line, then the summary object on the last line.</summary>
    /// <param name="output">The stream (UTF-8 is written); it is left open.</param>
    /// <returns>The writer.</returns>
    public static ResultsWriter CreateLines(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new ResultsWriter(output, null, lines: true);
    }

    /// <summary>Creates a writer of JSON Lines: one village object a line, then the summary object on the last line.</summary>
    /// <param name="output">The writer; it is left open.</param>
    /// <returns>The writer.</returns>
    public static ResultsWriter CreateLines(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new ResultsWriter(null, output, lines: true);
    }

    /// <summary>Describes a rater's criteria document as a results document names it.</summary>
    /// <param name="rater">The rater.</param>
    /// <returns>The criteria's id, version, names and period.</returns>
    public static ResultsCriteria Describe(StarRater rater)
    {
        ArgumentNullException.ThrowIfNull(rater);
        return new ResultsCriteria
        {
            Id = rater.Document.Id,
            Version = rater.Document.Version,
            Name = rater.Document.Name,
            Period = rater.Document.Period.ToString(),
        };
    }

    /// <summary>Writes one village's rating.</summary>
    /// <param name="village">The rating.</param>
    public void Write(VillageRating village)
    {
        ArgumentNullException.ThrowIfNull(village);
        CheckOpen();
        JsonSerializer.Serialize(_json, village, RatingJson.Context.VillageRating);
        if (_lines)
        {
            Flush(newLine: true);
        }
        else if (_json.BytesPending + (_buffer?.Length ?? 0) >= FlushThreshold)
        {
            // The serializer flushes its writer after each village, so what waits is in the buffer, not the writer.
            Flush(newLine: false);
        }
    }

    /// <summary>Writes the summary and ends the document; nothing can be written after it.</summary>
    /// <param name="summary">The township summary of every village written.</param>
    public void Complete(RatingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        CheckOpen();
        if (!_lines)
        {
            _json.WriteEndArray();
            _json.WritePropertyName("summary");
        }

        JsonSerializer.Serialize(_json, summary, RatingJson.Context.RatingSummary);
        if (!_lines)
        {
            _json.WriteEndObject();
        }

        Flush(newLine: true);
        _completed = true;
    }

    /// <summary>Flushes what was written; an incomplete document stays incomplete.</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            Flush(newLine: false);
        }

        _json.Dispose();
        _buffer?.Dispose();
    }

    private void CheckOpen()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The results are complete: nothing can be written after the summary.");
        }
    }

    private void WriteHeader(ResultsCriteria criteria, Language language)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(language);
        _json.WriteStartObject();
        _json.WriteString("$schema", ResultsDocument.SchemaUri);
        _json.WriteString("schemaVersion", ResultsDocument.CurrentSchemaVersion);
        _json.WritePropertyName("criteria");
        JsonSerializer.Serialize(_json, criteria, RatingJson.Context.ResultsCriteria);
        _json.WriteString("language", language.Code);
        _json.WriteStartArray("villages");
    }

    private void Flush(bool newLine)
    {
        _json.Flush();
        if (_buffer is null)
        {
            if (newLine)
            {
                _stream!.WriteByte((byte)'\n');
            }

            _stream!.Flush();
            return;
        }

        if (_text is not null)
        {
            _text.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
            if (newLine)
            {
                _text.Write('\n');
            }
        }
        else
        {
            _stream!.Write(_buffer.GetBuffer(), 0, (int)_buffer.Length);
            if (newLine)
            {
                _stream.WriteByte((byte)'\n');
            }
        }

        _buffer.SetLength(0);
        if (_lines)
        {
            // Each line is a document of its own.
            _json.Reset(_buffer);
        }
    }
}
