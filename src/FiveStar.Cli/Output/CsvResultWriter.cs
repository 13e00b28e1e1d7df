using System.Buffers;
using System.Globalization;
using FiveStar.Rating;
using FiveStar.Villages;

namespace FiveStar.Cli.Output;

/// <summary>
/// One CSV row per village: id, name, stars, level, rated, one 0/1 column per category named <c>star_</c> and its id,
/// the number of problems. The prefix keeps a category called <c>id</c> or <c>stars</c> (a valid id, and a common
/// RulesEngine workflow name) from overwriting a fixed column: no fixed column starts with <c>star_</c>. Text from the
/// input (ids, names, category ids) is written so that spreadsheets do not run it as a formula, and quoted as RFC 4180
/// says when it holds a comma, a quote or a line break.
/// </summary>
/// <remarks>
/// The rows are formatted straight into one buffer a block and written at once: only the id and the name can need
/// quoting, the rest are small numbers and fixed words, and a general CSV writer's per-field bookkeeping was about a
/// tenth of <c>fivestar score</c>'s CPU time on a million villages.
/// </remarks>
internal sealed class CsvResultWriter(TextWriter writer) : ResultWriter
{
    /// <summary>The prefix of each category's column.</summary>
    public const string CategoryPrefix = "star_";

    private static readonly string[] FixedColumns = ["id", "name", "stars", "level", "rated"];
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    // The longest a number column gets (an int, with its sign), and the row's separators and line break beside it.
    private const int NumberWidth = 11;

    private char[] _buffer = new char[1 << 16];
    private int _length;
    private bool _headerWritten;

    public override void WriteBlock(StarRater rater, VillageBatch batch, RatingBuffer results)
    {
        WriteHeaderOnce(rater);
        var categories = rater.Categories.Count;
        var newLine = writer.NewLine;
        for (var v = 0; v < batch.Count; v++)
        {
            var id = SpreadsheetText.Cell(batch.GetId(v));
            var name = SpreadsheetText.Cell(batch.GetName(v));

            // Each quoted character may double, plus the quotes; three numbers; "false"; the 0/1 columns; separators.
            var worst = (2 * (id.Length + name.Length)) + 4 + (3 * NumberWidth) + 5 + (2 * categories) + 8 + newLine.Length;
            Reserve(worst);
            var row = _buffer.AsSpan(_length);
            var at = Field(row, id);
            row[at++] = ',';
            at += Field(row[at..], name);
            row[at++] = ',';
            at += Number(row[at..], results.GetStars(v));
            row[at++] = ',';
            at += Number(row[at..], results.GetLevel(v));
            row[at++] = ',';
            var rated = results.IsRated(v) ? "true" : "false";
            rated.CopyTo(row[at..]);
            at += rated.Length;
            for (var c = 0; c < categories; c++)
            {
                row[at++] = ',';
                row[at++] = results.IsAwarded(v, c) ? '1' : '0';
            }

            row[at++] = ',';
            at += Number(row[at..], batch.GetProblems(v).Count);
            newLine.CopyTo(row[at..]);
            _length += at + newLine.Length;
        }

        Flush();
    }

    public override void WriteSummary(StarRater rater, RatingSummary summary)
    {
        // An empty input still gets its header.
        WriteHeaderOnce(rater);
        Flush();
    }

    private void WriteHeaderOnce(StarRater rater)
    {
        if (_headerWritten)
        {
            return;
        }

        // By position, so no column name can stand for another.
        _headerWritten = true;
        writer.WriteLine(string.Join(",", FixedColumns.Concat(rater.Categories.Select(c => Quoted(CategoryPrefix + c.Id))).Append("problems")));
    }

    private void Reserve(int chars)
    {
        if (_length + chars <= _buffer.Length)
        {
            return;
        }

        Flush();
        if (chars > _buffer.Length)
        {
            // A huge name: one row may not fit a block's buffer.
            _buffer = new char[chars];
        }
    }

    private void Flush()
    {
        writer.Write(_buffer, 0, _length);
        _length = 0;
    }

    /// <summary>Writes a text field, quoted when it holds a comma, a quote or a line break; returns its length.</summary>
    private static int Field(Span<char> destination, string text)
    {
        if (text.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            text.CopyTo(destination);
            return text.Length;
        }

        var at = 0;
        destination[at++] = '"';
        foreach (var c in text)
        {
            if (c == '"')
            {
                destination[at++] = '"';
            }

            destination[at++] = c;
        }

        destination[at++] = '"';
        return at;
    }

    private static int Number(Span<char> destination, int value)
    {
        value.TryFormat(destination, out var written, provider: CultureInfo.InvariantCulture);
        return written;
    }

    /// <summary>A header cell quoted as RFC 4180 says when it holds a comma, quote or line break (a RulesEngine workflow name may).</summary>
    private static string Quoted(string cell)
    {
        var quoted = new char[(2 * cell.Length) + 2];
        return new string(quoted, 0, Field(quoted, cell));
    }
}
