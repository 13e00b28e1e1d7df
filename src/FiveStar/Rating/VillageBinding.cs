using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Villages.Binding;
using FiveStar.Villages.Reading;

namespace FiveStar.Rating;

/// <summary>
/// A village type bound to one rater's indicators, built and checked once (<see cref="StarRater.Bind{T}()"/>): rates
/// villages of that type with exactly the checks the file readers make, or adds them to a <see cref="VillageBatch"/>
/// for the batch API. Immutable and safe to share across threads.
/// </summary>
/// <typeparam name="T">The village type: a class of your own, a dictionary of indicator ids to values, or a JSON element.</typeparam>
public sealed class VillageBinding<T>
{
    private readonly VillageAdapter<T> _adapter;

    internal VillageBinding(StarRater rater, VillageAdapter<T> adapter)
    {
        Rater = rater;
        _adapter = adapter;
    }

    /// <summary>Gets the rater the type is bound to.</summary>
    public StarRater Rater { get; }

    /// <summary>
    /// Adds a village to a batch of the rater, checked as the file readers check a village (an id the batch already
    /// holds is a duplicate); rate the batch with <see cref="StarRater.Rate(VillageBatch, RatingBuffer)"/>.
    /// Allocates nothing for a valid village with a text id.
    /// </summary>
    /// <param name="batch">A batch created by the rater.</param>
    /// <param name="village">The village.</param>
    /// <returns>The village's row.</returns>
    public int AddTo(VillageBatch batch, T village)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Schema != Rater.Schema)
        {
            throw new ArgumentException("The batch was created for another rater; create it with CreateBatch().", nameof(batch));
        }

        return _adapter.Add(batch, batch.Ids, village, batch.Count + 1);
    }

    /// <summary>Rates one village, with messages in the current UI language.</summary>
    /// <param name="village">The village.</param>
    /// <returns>Its full rating; a village with a data problem is reported and not rated.</returns>
    public VillageRating Rate(T village) => Rate(village, Language.Current);

    /// <summary>Rates one village.</summary>
    /// <param name="village">The village.</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <returns>Its full rating; a village with a data problem is reported and not rated.</returns>
    public VillageRating Rate(T village, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var batch = Rater.CreateBatch(1);
        var row = _adapter.Add(batch, batch.Ids, village, 1);
        return Rater.RateRow(batch, row, language);
    }

    /// <summary>Rates a sequence of villages in input order, with messages in the current UI language.</summary>
    /// <param name="villages">The villages.</param>
    /// <returns>The results document: every village's rating in input order (an id an earlier village used is a duplicate) and the summary.</returns>
    public ResultsDocument RateAll(IEnumerable<T> villages) => RateAll(villages, Language.Current);

    /// <summary>Rates a sequence of villages in input order.</summary>
    /// <param name="villages">The villages.</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <returns>The results document: every village's rating in input order (an id an earlier village used is a duplicate) and the summary.</returns>
    public ResultsDocument RateAll(IEnumerable<T> villages, Language language)
    {
        ArgumentNullException.ThrowIfNull(villages);
        ArgumentNullException.ThrowIfNull(language);
        var ratings = villages.TryGetNonEnumeratedCount(out var count) ? new List<VillageRating>(count) : [];
        var intake = new VillageIntake(Rater);
        foreach (var village in villages)
        {
            intake.Add(_adapter, village);
            if (intake.IsFull)
            {
                intake.Flush(ratings, language);
            }
        }

        intake.Flush(ratings, language);
        return VillageIntake.Document(Rater, ratings, language);
    }

    /// <summary>Rates an asynchronous stream of villages in input order, with messages in the current UI language.</summary>
    /// <param name="villages">The villages.</param>
    /// <param name="cancellationToken">Stops the rating.</param>
    /// <returns>The results document: every village's rating in input order and the summary.</returns>
    public Task<ResultsDocument> RateAllAsync(IAsyncEnumerable<T> villages, CancellationToken cancellationToken) =>
        RateAllAsync(villages, Language.Current, cancellationToken);

    /// <summary>Rates an asynchronous stream of villages in input order, a block at a time as they arrive.</summary>
    /// <param name="villages">The villages.</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <param name="cancellationToken">Stops the rating.</param>
    /// <returns>The results document: every village's rating in input order and the summary.</returns>
    public async Task<ResultsDocument> RateAllAsync(IAsyncEnumerable<T> villages, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(villages);
        ArgumentNullException.ThrowIfNull(language);
        var intake = new VillageIntake(Rater);
        var ratings = new List<VillageRating>();
        await foreach (var village in villages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            intake.Add(_adapter, village);
            if (intake.IsFull)
            {
                intake.Flush(ratings, language);
            }
        }

        intake.Flush(ratings, language);
        return VillageIntake.Document(Rater, ratings, language);
    }
}
