using FiveStar.Rating;
using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Workbooks;

namespace FiveStar.Cli.Output;

/// <summary>Results as an Excel workbook, written by the library's <see cref="ResultsWorkbook"/>.</summary>
internal sealed class XlsxResultWriter(StarRater rater, Stream output, Language language, CancellationToken cancellationToken) : ResultWriter
{
    private readonly ResultsWorkbook _workbook = new(rater, output, language);

    public override void WriteBlock(StarRater rater, VillageBatch batch, RatingBuffer results)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _workbook.Add(batch, results);
    }

    public override void WriteSummary(StarRater rater, RatingSummary summary) =>
        _workbook.CompleteAsync(cancellationToken).GetAwaiter().GetResult();

    public override void Dispose()
    {
        _workbook.Dispose();
        base.Dispose();
    }
}
