using FiveStar.Rating;
using FiveStar.Villages;
using nietras.SeparatedValues;

namespace FiveStar.Cli.Output;

/// <summary>One CSV row per village: id, name, stars, level, rated, one 0/1 column per category, the number of problems.</summary>
internal sealed class CsvResultWriter(TextWriter writer) : ResultWriter
{
    private static readonly string[] FixedColumns = ["id", "name", "stars", "level", "rated"];
    private SepWriter? _csv;

    public override void WriteBlock(StarRater rater, VillageBatch batch, RatingBuffer results)
    {
        // Escape quotes names holding commas, quotes or line breaks (RFC 4180); Sep writes fields raw by default.
        _csv ??= Sep.New(',').Writer(o => o with { Escape = true }).To(writer, leaveOpen: true);
        var categories = rater.Categories;
        for (var v = 0; v < batch.Count; v++)
        {
            using var row = _csv.NewRow();
            row["id"].Set(batch.GetId(v));
            row["name"].Set(batch.GetName(v));
            row["stars"].Format(results.GetStars(v));
            row["level"].Format(results.GetLevel(v));
            row["rated"].Set(results.IsRated(v) ? "true" : "false");
            for (var c = 0; c < categories.Count; c++)
            {
                row[categories[c].Id].Set(results.IsAwarded(v, c) ? "1" : "0");
            }

            row["problems"].Format(batch.GetProblems(v).Count);
        }
    }

    public override void WriteSummary(StarRater rater, RatingSummary summary)
    {
        if (_csv is null)
        {
            // An empty input still gets its header.
            writer.WriteLine(string.Join(",", FixedColumns.Concat(rater.Categories.Select(c => c.Id)).Append("problems")));
        }

        _csv?.Dispose();
    }
}
