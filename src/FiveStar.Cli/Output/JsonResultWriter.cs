using FiveStar.Rating;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Cli.Output;

/// <summary>
/// Results as the library's results document (<see cref="ResultsDocument"/>) or as JSON Lines (one village object a line,
/// then the summary), written by <see cref="ResultsWriter"/> as a stream: a village is explained, written and forgotten.
/// </summary>
internal sealed class JsonResultWriter(TextWriter writer, Language language, bool lines, CancellationToken cancellationToken = default) : ResultWriter
{
    private ResultsWriter? _results;

    public override void WriteBlock(StarRater rater, VillageBatch batch, RatingBuffer results)
    {
        var output = Begin(rater);
        for (var v = 0; v < batch.Count; v++)
        {
            if ((v & 255) == 0)
            {
                // Explaining is the slow part (~20k villages/s); stop within a fraction of a second of Ctrl+C.
                cancellationToken.ThrowIfCancellationRequested();
            }

            output.Write(rater.RateRow(batch, v, language));
        }
    }

    public override void WriteSummary(StarRater rater, RatingSummary summary) => Begin(rater).Complete(summary);

    public override void Dispose()
    {
        _results?.Dispose();
        base.Dispose();
    }

    private ResultsWriter Begin(StarRater rater) =>
        _results ??= lines ? ResultsWriter.CreateLines(writer) : new ResultsWriter(writer, rater, language);
}
