using FiveStar.Villages;

namespace FiveStar.Rating;

/// <summary>Accumulates the township summary over one or more rated batches, so a stream of any length can be summarized.</summary>
public sealed class RatingSummaryBuilder
{
    private readonly StarRater _rater;
    private readonly long[] _byCategory;
    private readonly SortedDictionary<int, long> _byStars = [];
    private readonly SortedDictionary<int, long> _byLevel = [];
    private long _villages;
    private long _rated;
    private long _withProblems;

    /// <summary>Initializes a new instance of the <see cref="RatingSummaryBuilder"/> class.</summary>
    /// <param name="rater">The rater whose results will be added.</param>
    public RatingSummaryBuilder(StarRater rater)
    {
        ArgumentNullException.ThrowIfNull(rater);
        _rater = rater;
        _byCategory = new long[rater.Categories.Count];
        for (var stars = 0; stars <= rater.Categories.Count; stars++)
        {
            _byStars[stars] = 0;
        }

        var maxLevel = rater.Document.Level.Mode == Criteria.LevelMode.StarCount
            ? rater.Categories.Count
            : rater.Document.Level.Bands.Select(b => b.Level).DefaultIfEmpty(0).Max();
        for (var level = 0; level <= maxLevel; level++)
        {
            _byLevel[level] = 0;
        }
    }

    /// <summary>Adds every village of a rated batch.</summary>
    /// <param name="batch">The villages.</param>
    /// <param name="results">Their results.</param>
    public void Add(VillageBatch batch, RatingBuffer results)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(results);
        for (var v = 0; v < results.Count; v++)
        {
            _villages++;
            if (batch.HasProblems(v))
            {
                _withProblems++;
            }

            if (!results.IsRated(v))
            {
                continue;
            }

            _rated++;
            var awarded = results.GetAwardedMask(v);
            for (var c = 0; c < _byCategory.Length; c++)
            {
                _byCategory[c] += (long)((awarded >> c) & 1);
            }

            Increment(_byStars, results.GetStars(v));
            Increment(_byLevel, results.GetLevel(v));
        }
    }

    /// <summary>Adds one village's full rating.</summary>
    /// <param name="rating">The rating.</param>
    public void Add(VillageRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        _villages++;
        if (rating.Problems.Count > 0)
        {
            _withProblems++;
        }

        if (!rating.Rated)
        {
            return;
        }

        _rated++;
        for (var c = 0; c < _byCategory.Length; c++)
        {
            _byCategory[c] += rating.Categories[c].Awarded ? 1 : 0;
        }

        Increment(_byStars, rating.Stars);
        Increment(_byLevel, rating.Level);
    }

    /// <summary>Builds the summary of everything added so far.</summary>
    /// <returns>The summary.</returns>
    public RatingSummary Build()
    {
        var byCategory = new Dictionary<string, long>();
        for (var c = 0; c < _byCategory.Length; c++)
        {
            byCategory[_rater.Categories[c].Id] = _byCategory[c];
        }

        return new RatingSummary
        {
            Villages = _villages,
            Rated = _rated,
            WithProblems = _withProblems,
            ByCategory = byCategory,
            ByStars = new SortedDictionary<int, long>(_byStars),
            ByLevel = new SortedDictionary<int, long>(_byLevel),
        };
    }

    private static void Increment(SortedDictionary<int, long> counts, int key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
