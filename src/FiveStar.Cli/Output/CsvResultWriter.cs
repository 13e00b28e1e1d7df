using FiveStar.Rating;
using FiveStar.Villages;
using nietras.SeparatedValues;

namespace FiveStar.Cli.Output;

/// <summary>
/// One CSV row per village: id, name, stars, level, rated, one 0/1 column per category named <c>star_</c> and its id,
/// the number of problems. The prefix keeps a category called <c>id</c> or <c>stars</c> (a valid id, and a common
/// RulesEngine workflow name) from overwriting a fixed column: no fixed column starts with <c>star_</c>. Text from the
/// input (ids, names, category ids) is written so that spreadsheets do not run it as a formula.
/// </summary>
internal sealed class CsvResultWriter(TextWriter writer) : ResultWriter
{
    /// <summary>The prefix of each category's column.</summary>
    public const string CategoryPrefix = "star_";

    private static readonly string[] FixedColumns = ["id", "name", "stars", "level", "rated"];
    private SepWriter? _csv;

    public override void WriteBlock(StarRater rater, VillageBatch batch, RatingBuffer results)
    {
        var categories = rater.Categories;
        if (_csv is null)
        {
            // Escape quotes names holding commas, quotes or line breaks (RFC 4180); Sep writes fields raw by default.
            // The header is written by position, so no column name can stand for another.
            _csv = Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = false }).To(writer, leaveOpen: true);
            writer.WriteLine(Header(rater));
        }

        for (var v = 0; v < batch.Count; v++)
        {
            using var row = _csv.NewRow();
            row[0].Set(SpreadsheetText.Cell(batch.GetId(v)));
            row[1].Set(SpreadsheetText.Cell(batch.GetName(v)));
            row[2].Format(results.GetStars(v));
            row[3].Format(results.GetLevel(v));
            row[4].Set(results.IsRated(v) ? "true" : "false");
            for (var c = 0; c < categories.Count; c++)
            {
                row[FixedColumns.Length + c].Set(results.IsAwarded(v, c) ? "1" : "0");
            }

            row[FixedColumns.Length + categories.Count].Format(batch.GetProblems(v).Count);
        }
    }

    public override void WriteSummary(StarRater rater, RatingSummary summary)
    {
        if (_csv is null)
        {
            // An empty input still gets its header.
            writer.WriteLine(Header(rater));
        }

        _csv?.Dispose();
    }

    private static string Header(StarRater rater) => string.Join(
        ",",
        FixedColumns.Concat(rater.Categories.Select(c => Quoted(CategoryPrefix + c.Id))).Append("problems"));

    /// <summary>A header cell quoted as RFC 4180 says when it holds a comma, quote or line break (a RulesEngine workflow name may).</summary>
    private static string Quoted(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
