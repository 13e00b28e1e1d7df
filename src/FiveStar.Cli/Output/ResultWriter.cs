using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Cli.Output;

/// <summary>Writes rating results in one output format, block by block, then the summary.</summary>
internal abstract class ResultWriter : IDisposable
{
    public virtual void Dispose()
    {
    }

    public abstract void WriteBlock(StarRater rater, VillageBatch batch, RatingBuffer results);

    public abstract void WriteSummary(StarRater rater, RatingSummary summary);

    public static ResultWriter Create(string format, TextWriter writer, Language language, CancellationToken cancellationToken = default) => format.ToUpperInvariant() switch
    {
        "TABLE" => new TableResultWriter(writer, language),
        "CSV" => new CsvResultWriter(writer),
        "JSON" => new JsonResultWriter(writer, language, lines: false, cancellationToken),
        "JSONL" => new JsonResultWriter(writer, language, lines: true, cancellationToken),
        _ => throw new CliException(Localizer.Format(language, nameof(Messages.Score_UnknownFormat), format)),
    };
}
