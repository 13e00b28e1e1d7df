using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Villages.Binding;
using FiveStar.Villages.Reading;

namespace FiveStar.Rating;

/// <summary>
/// One in-memory input's villages (a sequence, a stream, a database query), a block at a time, with the ids of the
/// whole input so a reused id is a duplicate however far apart the two villages are.
/// </summary>
internal sealed class VillageIntake(StarRater rater)
{
    public const int BlockSize = 256;

    private readonly VillageBatch _batch = rater.CreateBatch(BlockSize);
    private readonly HashSet64 _ids = new();
    private long _position;

    public bool IsFull => _batch.Count >= BlockSize;

    public void Add<T>(VillageAdapter<T> adapter, T village) => adapter.Add(_batch, _ids, village, ++_position);

    public void Add(IReadOnlyList<JsonField> fields) => JsonObjectFields.AddVillage(_batch, _ids, _batch.Headers, fields, ++_position);

    /// <summary>The results document of an input's ratings: the criteria, the language, every village and the summary.</summary>
    public static ResultsDocument Document(StarRater rater, List<VillageRating> ratings, Language language)
    {
        var summary = new RatingSummaryBuilder(rater);
        foreach (var rating in ratings)
        {
            summary.Add(rating);
        }

        return new ResultsDocument { Criteria = ResultsWriter.Describe(rater), Language = language.Code, Villages = ratings, Summary = summary.Build() };
    }

    /// <summary>Rates the block's villages into <paramref name="ratings"/> and empties the block.</summary>
    public void Flush(List<VillageRating> ratings, Language language)
    {
        for (var row = 0; row < _batch.Count; row++)
        {
            ratings.Add(rater.RateRow(_batch, row, language));
        }

        _batch.Clear();
    }
}
