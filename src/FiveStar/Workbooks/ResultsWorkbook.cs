using System.Globalization;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace FiveStar.Workbooks;

/// <summary>
/// Writes rating results as an Excel workbook (SpreadCheetah), streamed: a summary sheet that reads like the township
/// report, one row per village (stars, level, each star awarded or why not, data problems), each village's gap to its
/// next star (<see cref="StarRater.Gap"/>), and each criterion's pass rate across the villages, weakest first
/// (<see cref="CriterionPassRateBuilder"/>). Numbers are typed cells, headers are frozen, headers and text are in the
/// chosen language. Villages are added one at a time and kept in temporary files until the workbook is completed, so
/// memory stays flat however many there are.
/// </summary>
public sealed class ResultsWorkbook : IAsyncDisposable, IDisposable
{
    private const int WeakestShown = 5;

    private readonly StarRater _rater;
    private readonly Stream _output;
    private readonly Language _language;
    private readonly RatingSummaryBuilder _summary;
    private readonly CriterionPassRateBuilder _passRates;
    private readonly RowSpool _villages = new();
    private readonly RowSpool _gaps = new();
    private readonly double[] _widths;
    private bool _completed;

    /// <summary>Initializes a new instance of the <see cref="ResultsWorkbook"/> class.</summary>
    /// <param name="rater">The rater the results come from.</param>
    /// <param name="output">The stream the .xlsx is written to when <see cref="CompleteAsync()"/> is called (left open).</param>
    /// <param name="language">The language of sheet names, headers, reasons and details.</param>
    public ResultsWorkbook(StarRater rater, Stream output, Language language)
    {
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(language);
        _rater = rater;
        _output = output;
        _language = language;
        _summary = new RatingSummaryBuilder(rater);
        _passRates = new CriterionPassRateBuilder(rater);
        _widths = [.. VillageHeaders().Select(h => Width(h, 8))];
    }

    /// <summary>Gets the sheet names in the order they are written: summary, villages, next star, pass rates.</summary>
    /// <param name="language">The workbook's language.</param>
    /// <returns>The four sheet names.</returns>
    public static IReadOnlyList<string> SheetNames(Language language) =>
    [
        T(language, nameof(Messages.ResultsWorkbook_SummarySheet)),
        T(language, nameof(Messages.ResultsWorkbook_VillagesSheet)),
        T(language, nameof(Messages.ResultsWorkbook_GapsSheet)),
        T(language, nameof(Messages.ResultsWorkbook_PassRatesSheet)),
    ];

    /// <summary>Writes the results of a sequence of ratings (a <see cref="ResultsDocument"/>'s villages, say) as a workbook.</summary>
    /// <param name="rater">The rater the ratings come from.</param>
    /// <param name="villages">The ratings, read once.</param>
    /// <param name="output">The stream the .xlsx is written to (left open).</param>
    /// <param name="language">The workbook's language.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    public static Task WriteAsync(StarRater rater, IEnumerable<VillageRating> villages, Stream output, Language language) =>
        WriteAsync(rater, villages, output, language, CancellationToken.None);

    /// <summary>Writes the results of a sequence of ratings (a <see cref="ResultsDocument"/>'s villages, say) as a workbook, until cancelled.</summary>
    /// <param name="rater">The rater the ratings come from.</param>
    /// <param name="villages">The ratings, read once.</param>
    /// <param name="output">The stream the .xlsx is written to (left open).</param>
    /// <param name="language">The workbook's language.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    public static async Task WriteAsync(StarRater rater, IEnumerable<VillageRating> villages, Stream output, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(villages);
        await using var workbook = new ResultsWorkbook(rater, output, language);
        foreach (var village in villages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            workbook.Add(village);
        }

        await workbook.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds every village of a rated batch.</summary>
    /// <param name="batch">The villages.</param>
    /// <param name="results">Their results from the rater.</param>
    public void Add(VillageBatch batch, RatingBuffer results)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(results);
        for (var v = 0; v < batch.Count; v++)
        {
            Add(_rater.RateRow(batch, v, _language));
        }
    }

    /// <summary>Adds one village's rating.</summary>
    /// <param name="rating">The rating, from the rater (<see cref="StarRater.RateRow(Villages.VillageBatch, int, Text.Language)"/>).</param>
    public void Add(VillageRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ObjectDisposedException.ThrowIf(_completed, this);
        _summary.Add(rating);
        _passRates.Add(rating);
        SpoolVillage(rating);
        SpoolGap(rating);
    }

    /// <summary>Writes the workbook: the summary and pass rates of every village added, then the villages and their gaps.</summary>
    /// <returns>A task that completes when the workbook is written.</returns>
    public Task CompleteAsync() => CompleteAsync(CancellationToken.None);

    /// <summary>Writes the workbook, until cancelled: the summary and pass rates of every village added, then the villages and their gaps.</summary>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _completed = true;
        var names = SheetNames(_language);
        await using var workbook = await Spreadsheet.CreateNewAsync(_output, new SpreadCheetahOptions { WriteCellReferenceAttributes = true }, cancellationToken).ConfigureAwait(false);
        var styles = new ResultsWorkbookStyles(workbook);

        var passRates = _passRates.Build();
        await WriteSummaryAsync(workbook, styles, names[0], _summary.Build(), passRates, cancellationToken).ConfigureAwait(false);

        var villages = new WorksheetOptions { FrozenRows = 1, FrozenColumns = 2 };
        for (var i = 0; i < _widths.Length; i++)
        {
            villages.Column(i + 1).Width = _widths[i];
        }

        await workbook.StartWorksheetAsync(names[1], villages, cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync(VillageHeaders().Select(h => new Cell(h, styles.Header)).ToArray(), cancellationToken).ConfigureAwait(false);
        await ReplayAsync(workbook, _villages, styles, cancellationToken).ConfigureAwait(false);

        string[] gapHeaders =
        [
            T(nameof(Messages.ResultsWorkbook_Id)), T(nameof(Messages.ResultsWorkbook_Name)), T(nameof(Messages.ResultsWorkbook_Stars)),
            T(nameof(Messages.ResultsWorkbook_NextStar)), T(nameof(Messages.ResultsWorkbook_CriteriaToFix)), T(nameof(Messages.ResultsWorkbook_Criterion)),
            T(nameof(Messages.ResultsWorkbook_Gap)),
        ];
        var gaps = new WorksheetOptions { FrozenRows = 1, FrozenColumns = 2 };
        double[] gapWidths = [12, 14, 8, 16, 12, 36, 60];
        for (var i = 0; i < gapWidths.Length; i++)
        {
            gaps.Column(i + 1).Width = Math.Max(gapWidths[i], Width(gapHeaders[i], 8));
        }

        await workbook.StartWorksheetAsync(names[2], gaps, cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync(gapHeaders.Select(h => new Cell(h, styles.Header)).ToArray(), cancellationToken).ConfigureAwait(false);
        await ReplayAsync(workbook, _gaps, styles, cancellationToken).ConfigureAwait(false);

        await WritePassRatesAsync(workbook, styles, names[3], passRates, cancellationToken).ConfigureAwait(false);
        await workbook.FinishAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the temporary files.</summary>
    public void Dispose()
    {
        _villages.Dispose();
        _gaps.Dispose();
    }

    /// <summary>Deletes the temporary files.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static string T(Language language, string name, params object?[] args) => Localizer.Format(language, name, args);

    private static double Width(string text, double minimum) => Math.Clamp((text.Sum(c => c > 0x2E80 ? 2 : 1) * 1.1) + 2, minimum, 60);

    private static async Task ReplayAsync(Spreadsheet workbook, RowSpool spool, ResultsWorkbookStyles styles, CancellationToken cancellationToken)
    {
        foreach (var row in spool.Replay(styles.For))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await workbook.AddRowAsync(row.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    private string T(string name, params object?[] args) => Localizer.Format(_language, name, args);

    private List<string> VillageHeaders()
    {
        var headers = new List<string>
        {
            T(nameof(Messages.ResultsWorkbook_Id)), T(nameof(Messages.ResultsWorkbook_Name)), T(nameof(Messages.ResultsWorkbook_Rated)),
            T(nameof(Messages.ResultsWorkbook_Stars)), T(nameof(Messages.ResultsWorkbook_Level)),
        };
        headers.AddRange(_rater.Categories.Select(c => c.Name.In(_language)));
        headers.Add(T(nameof(Messages.ResultsWorkbook_Problems)));
        return headers;
    }

    private void SpoolVillage(VillageRating rating)
    {
        _villages.BeginRow();
        Cell(0, rating.Id);
        Cell(1, rating.Name);
        Cell(2, T(rating.Rated ? nameof(Messages.Template_Yes) : nameof(Messages.Template_No)), rating.Rated ? SpooledCellKind.Text : SpooledCellKind.ProblemText);
        if (rating.Rated)
        {
            _villages.Add(rating.Stars);
            _villages.Add(rating.Level);
        }
        else
        {
            // Stars computed from broken data would contradict the summary, which leaves these villages out.
            _villages.Add(null);
            _villages.Add(null);
        }

        for (var c = 0; c < rating.Categories.Count; c++)
        {
            var category = rating.Categories[c];
            if (!rating.Rated)
            {
                _villages.Add(null);
            }
            else if (category.Awarded)
            {
                _villages.Add("★", SpooledCellKind.Star);
            }
            else
            {
                Cell(5 + c, category.Reason, SpooledCellKind.WrappedText);
            }
        }

        Cell(5 + rating.Categories.Count, string.Join("\n", rating.Problems.Select(Problem)), SpooledCellKind.ProblemText);
    }

    private void SpoolGap(VillageRating rating)
    {
        if (!rating.Rated)
        {
            GapRow(rating, null, null, T(nameof(Messages.ResultsWorkbook_NotRated)), SpooledCellKind.ProblemText);
            return;
        }

        var gap = _rater.Gap(rating, _language);
        if (gap.Next is { } next)
        {
            foreach (var criterion in next.Criteria)
            {
                var name = criterion.Name.In(_language);
                _gaps.BeginRow();
                _gaps.Add(rating.Id);
                _gaps.Add(rating.Name);
                _gaps.Add(rating.Stars);
                _gaps.Add(next.CategoryName.In(_language));
                _gaps.Add(next.CriteriaToFix);
                _gaps.Add(string.IsNullOrEmpty(name) ? criterion.CriterionId : $"{criterion.CriterionId} {name}", SpooledCellKind.WrappedText);
                _gaps.Add(criterion.Detail, SpooledCellKind.WrappedText);
            }

            if (next.Criteria.Count > 0)
            {
                return;
            }
        }

        if (gap.Missing.Count > 0)
        {
            // No star can be earned by fixing criteria alone: say what must come first.
            var blockers = string.Join("; ", gap.Missing.Select(s => $"{s.CategoryName.In(_language)}: {s.Blocker}"));
            GapRow(rating, rating.Stars, null, T(nameof(Messages.ResultsWorkbook_Blocked), blockers), SpooledCellKind.WrappedText);
        }
        else
        {
            GapRow(rating, rating.Stars, null, T(nameof(Messages.ResultsWorkbook_HoldsEveryStar)), SpooledCellKind.Text);
        }
    }

    private void GapRow(VillageRating rating, int? stars, string? next, string detail, SpooledCellKind kind)
    {
        _gaps.BeginRow();
        _gaps.Add(rating.Id);
        _gaps.Add(rating.Name);
        if (stars is { } count)
        {
            _gaps.Add(count);
        }
        else
        {
            _gaps.Add(null);
        }

        _gaps.Add(next);
        _gaps.Add(null);
        _gaps.Add(null);
        _gaps.Add(detail, kind);
    }

    private void Cell(int column, string? text, SpooledCellKind kind = SpooledCellKind.Text)
    {
        _villages.Add(text, kind);
        if (!string.IsNullOrEmpty(text) && column < _widths.Length && _widths[column] < 40)
        {
            var longest = text.Split('\n').Max(line => Width(line, 8));
            _widths[column] = Math.Min(40, Math.Max(_widths[column], longest));
        }
    }

    private string Problem(DataProblem problem)
    {
        var where = problem.Cell ?? (problem.Line is { } line
            ? T(nameof(Messages.ResultsWorkbook_Line), line.ToString(CultureInfo.InvariantCulture))
            : null);
        return where is null ? problem.Message : $"{where}: {problem.Message}";
    }

    private async Task WriteSummaryAsync(Spreadsheet workbook, ResultsWorkbookStyles styles, string sheetName, RatingSummary summary, IReadOnlyList<CriterionPassRate> passRates, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions();
        options.Column(1).Width = Math.Max(20, _rater.Categories.Max(c => Width(c.Name.In(_language), 8)));
        options.Column(2).Width = 14;
        await workbook.StartWorksheetAsync(sheetName, options, cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([new Cell(T(nameof(Messages.ResultsWorkbook_Title), _rater.Document.Name.In(_language)), styles.Title)], cancellationToken).ConfigureAwait(false);
        var subtitle = string.Join(' ', new[] { _rater.Document.Region, _rater.Document.Period.ToString() }.Where(s => !string.IsNullOrWhiteSpace(s)));
        await workbook.AddRowAsync([new Cell(subtitle)], cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([], cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([new Cell(T(nameof(Messages.ResultsWorkbook_VillageCount)), styles.Bold), new Cell(summary.Villages)], cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([new Cell(T(nameof(Messages.ResultsWorkbook_Rated)), styles.Bold), new Cell(summary.Rated)], cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([new Cell(T(nameof(Messages.ResultsWorkbook_WithProblems)), styles.Bold), new Cell(summary.WithProblems)], cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([], cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([new Cell(T(nameof(Messages.ResultsWorkbook_Category)), styles.Header), new Cell(T(nameof(Messages.ResultsWorkbook_Awarded)), styles.Header)], cancellationToken).ConfigureAwait(false);
        foreach (var category in _rater.Categories)
        {
            await workbook.AddRowAsync([new Cell(category.Name.In(_language)), new Cell(summary.ByCategory[category.Id])], cancellationToken).ConfigureAwait(false);
        }

        await workbook.AddRowAsync([], cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([new Cell(T(nameof(Messages.ResultsWorkbook_StarCount)), styles.Header), new Cell(T(nameof(Messages.ResultsWorkbook_VillageCount)), styles.Header)], cancellationToken).ConfigureAwait(false);
        foreach (var (stars, villages) in summary.ByStars.OrderByDescending(s => s.Key))
        {
            await workbook.AddRowAsync([new Cell(T(nameof(Messages.ResultsWorkbook_StarCountValue), stars)), new Cell(villages)], cancellationToken).ConfigureAwait(false);
        }

        // The town's weak points (查找短板): the criteria the fewest villages meet, as the pass-rate sheet lists them all.
        await workbook.AddRowAsync([], cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([new Cell(T(nameof(Messages.ResultsWorkbook_WeakestCriteria)), styles.Header), new Cell(T(nameof(Messages.ResultsWorkbook_PassRate)), styles.Header)], cancellationToken).ConfigureAwait(false);
        foreach (var rate in passRates.Take(WeakestShown))
        {
            await workbook.AddRowAsync([new Cell($"{rate.CriterionId} {rate.Name.In(_language)}"), new Cell(rate.Rate, styles.Percent)], cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WritePassRatesAsync(Spreadsheet workbook, ResultsWorkbookStyles styles, string sheetName, IReadOnlyList<CriterionPassRate> rates, CancellationToken cancellationToken)
    {
        string[] headers =
        [
            T(nameof(Messages.ResultsWorkbook_Rank)), T(nameof(Messages.ResultsWorkbook_Category)), T(nameof(Messages.ResultsWorkbook_CriterionId)),
            T(nameof(Messages.ResultsWorkbook_Criterion)), T(nameof(Messages.ResultsWorkbook_PassRate)), T(nameof(Messages.ResultsWorkbook_Counted)),
            T(nameof(Messages.ResultsWorkbook_Passed)), T(nameof(Messages.ResultsWorkbook_NotMet)), T(nameof(Messages.ResultsWorkbook_Missing)),
            T(nameof(Messages.ResultsWorkbook_Errors)),
        ];
        var options = new WorksheetOptions { FrozenRows = 1 };
        var nameWidth = rates.Select(r => Width(r.Name.In(_language), 20)).DefaultIfEmpty(20).Max();
        var categoryWidth = rates.Select(r => Width(r.CategoryName.In(_language), 10)).DefaultIfEmpty(10).Max();
        double[] widths = [6, categoryWidth, 10, Math.Min(nameWidth, 50), 10, 10, 8, 8, 8, 8];
        for (var i = 0; i < widths.Length; i++)
        {
            options.Column(i + 1).Width = Math.Max(widths[i], Width(headers[i], 6));
        }

        await workbook.StartWorksheetAsync(sheetName, options, cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync(headers.Select(h => new Cell(h, styles.Header)).ToArray(), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < rates.Count; i++)
        {
            var rate = rates[i];
            await workbook.AddRowAsync(
                [
                    new Cell(i + 1), new Cell(rate.CategoryName.In(_language)), new Cell(rate.CriterionId), new Cell(rate.Name.In(_language), styles.Wrap),
                    new Cell(rate.Rate, styles.Percent), new Cell(rate.Villages), new Cell(rate.Passed), new Cell(rate.NotMet), new Cell(rate.Missing), new Cell(rate.Errors),
                ],
                cancellationToken).ConfigureAwait(false);
        }
    }
}
