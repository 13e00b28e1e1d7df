using System.Text.Encodings.Web;
using System.Text.Json;
using FiveStar.Rating;
using FiveStar.Villages;

namespace FiveStar.Cli.Output;

/// <summary>
/// Results as JSON (<c>{"criteria", "villages": [...], "summary"}</c>) or JSON Lines (one village object a line, then the
/// summary), written as a stream: a village is explained, written and forgotten.
/// </summary>
internal sealed class JsonResultWriter : ResultWriter
{
    private const int FlushThreshold = 256 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private readonly TextWriter _writer;
    private readonly Language _language;
    private readonly bool _lines;
    private readonly CancellationToken _cancellationToken;
    private readonly MemoryStream _buffer = new();
    private readonly Utf8JsonWriter _json;
    private bool _begun;

    public JsonResultWriter(TextWriter writer, Language language, bool lines, CancellationToken cancellationToken = default)
    {
        _cancellationToken = cancellationToken;
        _writer = writer;
        _language = language;
        _lines = lines;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    public override void WriteBlock(StarRater rater, VillageBatch batch, RatingBuffer results)
    {
        Begin(rater);
        for (var v = 0; v < batch.Count; v++)
        {
            if ((v & 255) == 0)
            {
                // Explaining is the slow part (~20k villages/s); stop within a fraction of a second of Ctrl+C.
                _cancellationToken.ThrowIfCancellationRequested();
            }

            WriteVillage(rater.Explain(batch, v, _language.Code));
            if (_lines)
            {
                Flush(newLine: true);
            }
            else if (_json.BytesPending >= FlushThreshold)
            {
                // Hand the text on as it grows, so a block of explained villages is never held whole (~2 KB each).
                Flush(newLine: false);
            }
        }

        Flush(newLine: false);
    }

    public override void WriteSummary(StarRater rater, RatingSummary summary)
    {
        Begin(rater);
        if (!_lines)
        {
            _json.WriteEndArray();
            _json.WritePropertyName("summary");
        }

        WriteSummary(summary);
        if (!_lines)
        {
            _json.WriteEndObject();
        }

        Flush(newLine: true);
    }

    public override void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
        base.Dispose();
    }

    private void Begin(StarRater rater)
    {
        if (_begun || _lines)
        {
            return;
        }

        _begun = true;
        _json.WriteStartObject();
        _json.WriteStartObject("criteria");
        _json.WriteString("id", rater.Document.Id);
        _json.WriteString("version", rater.Document.Version);
        _json.WriteString("period", rater.Document.Period.ToString());
        _json.WriteEndObject();
        _json.WriteStartArray("villages");
    }

    private void WriteVillage(VillageRating village)
    {
        _json.WriteStartObject();
        _json.WriteString("id", village.Id);
        _json.WriteString("name", village.Name);
        _json.WriteBoolean("rated", village.Rated);
        _json.WriteNumber("stars", village.Stars);
        _json.WriteNumber("level", village.Level);
        _json.WriteStartArray("categories");
        foreach (var category in village.Categories)
        {
            _json.WriteStartObject();
            _json.WriteString("id", category.Id);
            _json.WriteBoolean("awarded", category.Awarded);
            if (category.Points is { } points)
            {
                _json.WriteNumber("points", points);
            }
            else
            {
                _json.WriteNull("points");
            }

            _json.WriteString("outcome", JsonNamingPolicy.SnakeCaseLower.ConvertName(category.Outcome.ToString()));
            if (category.Reason is not null)
            {
                _json.WriteString("reason", category.Reason);
            }

            _json.WriteStartArray("criteria");
            foreach (var criterion in category.Criteria)
            {
                _json.WriteStartObject();
                _json.WriteString("id", criterion.Id);
                _json.WriteString("state", JsonNamingPolicy.SnakeCaseLower.ConvertName(criterion.State.ToString()));
                _json.WriteString("message", criterion.Message);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("vetoes");
        foreach (var veto in village.Vetoes)
        {
            _json.WriteStartObject();
            _json.WriteString("id", veto.Id);
            _json.WriteString("reason", veto.Reason);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("problems");
        foreach (var problem in village.Problems)
        {
            _json.WriteStartObject();
            _json.WriteString("kind", JsonNamingPolicy.SnakeCaseLower.ConvertName(problem.Kind.ToString()));
            _json.WriteString("severity", problem.Severity == ProblemSeverity.Error ? "error" : "warning");
            _json.WriteString("message", problem.Message);
            if (problem.Indicator is not null)
            {
                _json.WriteString("indicator", problem.Indicator);
            }

            if (problem.Line is { } line)
            {
                _json.WriteNumber("line", line);
            }

            if (problem.Column is { } column)
            {
                _json.WriteNumber("column", column);
            }

            if (problem.Cell is { } cell)
            {
                _json.WriteString("cell", cell);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void WriteSummary(RatingSummary summary)
    {
        _json.WriteStartObject();
        _json.WriteNumber("villages", summary.Villages);
        _json.WriteNumber("rated", summary.Rated);
        _json.WriteNumber("withProblems", summary.WithProblems);
        _json.WriteStartObject("byCategory");
        foreach (var (id, count) in summary.ByCategory)
        {
            _json.WriteNumber(id, count);
        }

        _json.WriteEndObject();
        _json.WriteStartObject("byStars");
        foreach (var (stars, count) in summary.ByStars)
        {
            _json.WriteNumber(stars.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        }

        _json.WriteEndObject();
        _json.WriteStartObject("byLevel");
        foreach (var (level, count) in summary.ByLevel)
        {
            _json.WriteNumber(level.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void Flush(bool newLine)
    {
        _json.Flush();
        _writer.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        if (newLine)
        {
            _writer.WriteLine();
        }

        _buffer.SetLength(0);
        if (_lines)
        {
            // Each line is a document of its own; mid-document flushes keep the writer's state.
            _json.Reset(_buffer);
        }
    }
}
