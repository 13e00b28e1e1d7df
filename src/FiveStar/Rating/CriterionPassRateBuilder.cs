using FiveStar.Villages;

namespace FiveStar.Rating;

/// <summary>
/// Counts, criterion by criterion, how many rated villages meet each of a rater's criteria, from batches or from full
/// ratings; the report and the results workbook share it. Villages with data errors are left out, as in the summary.
/// </summary>
public sealed class CriterionPassRateBuilder
{
    private readonly StarRater _rater;
    private readonly long[] _counts;
    private readonly Dictionary<(string Category, string Criterion), int> _index = [];
    private long _villages;

    /// <summary>Initializes a new instance of the <see cref="CriterionPassRateBuilder"/> class.</summary>
    /// <param name="rater">The rater whose criteria are counted.</param>
    public CriterionPassRateBuilder(StarRater rater)
    {
        ArgumentNullException.ThrowIfNull(rater);
        _rater = rater;
        _counts = new long[rater.CriterionCount * 4];
        for (var i = 0; i < rater.CriterionCount; i++)
        {
            _index[(rater.Criteria[i].CategoryId, rater.Criteria[i].Id)] = i;
        }
    }

    /// <summary>Adds the rated villages of a batch.</summary>
    /// <param name="batch">The villages.</param>
    /// <param name="results">Their results from this rater.</param>
    public void Add(VillageBatch batch, RatingBuffer results)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(results);
        var criteria = _rater.CriterionCount;
        for (var v = 0; v < batch.Count; v++)
        {
            if (!results.IsRated(v))
            {
                continue;
            }

            _villages++;
            for (var c = 0; c < criteria; c++)
            {
                _counts[(c * 4) + (int)results.GetState(v, c) - 1]++;
            }
        }
    }

    /// <summary>Adds one village's full rating (left out if it is not rated).</summary>
    /// <param name="rating">The rating, from this rater.</param>
    public void Add(VillageRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        if (!rating.Rated)
        {
            return;
        }

        _villages++;
        foreach (var category in rating.Categories)
        {
            foreach (var criterion in category.Criteria)
            {
                if (_index.TryGetValue((category.Id, criterion.Id), out var c))
                {
                    _counts[(c * 4) + (int)criterion.State - 1]++;
                }
            }
        }
    }

    /// <summary>Builds the pass rates of everything added so far, the weakest criterion first (ties in document order).</summary>
    /// <returns>One entry per enabled criterion.</returns>
    public IReadOnlyList<CriterionPassRate> Build()
    {
        var categories = _rater.Categories.ToDictionary(c => c.Id, c => c.Name);
        var rates = new List<CriterionPassRate>(_rater.CriterionCount);
        for (var c = 0; c < _rater.CriterionCount; c++)
        {
            var criterion = _rater.Criteria[c];
            rates.Add(new CriterionPassRate
            {
                CriterionId = criterion.Id,
                Name = criterion.Name,
                CategoryId = criterion.CategoryId,
                CategoryName = categories[criterion.CategoryId],
                Villages = _villages,
                Passed = _counts[(c * 4) + 0],
                NotMet = _counts[(c * 4) + 1],
                Missing = _counts[(c * 4) + 2],
                Errors = _counts[(c * 4) + 3],
            });
        }

        // A stable sort: equal rates keep the document's order.
        return [.. rates.OrderBy(r => r.Rate)];
    }
}
