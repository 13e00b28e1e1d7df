using FiveStar.Compilation.Plan;
using FiveStar.Criteria;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Rating;

/// <summary>
/// Rates villages against one compiled criteria document. Immutable and safe to share across threads. The batch API
/// (<see cref="Rate(VillageBatch, RatingBuffer)"/>) fills caller-provided buffers and allocates nothing per village;
/// <see cref="RateRow(VillageBatch, int, Language)"/> builds the full, human-readable rating of one village on demand.
/// </summary>
public sealed partial class StarRater
{
    private readonly BatchEvaluator _batches;
    private readonly VillageExplainer _explainer;
    private readonly GapAnalysis _gaps;
    private readonly int[] _pointsIndexByCategory;

    internal StarRater(CompiledPlan plan)
    {
        Document = plan.Document;
        Schema = plan.Schema;
        Predicates = plan.Predicates;
        CriterionCount = plan.CriterionCount;
        Words = plan.Fast.Length;
        _pointsIndexByCategory = new int[Document.Categories.Count];
        foreach (var category in plan.Categories)
        {
            _pointsIndexByCategory[category.Index] = category.PointsIndex;
        }

        PointsWidth = plan.Categories.Count(p => p.PointsIndex >= 0);
        ReadSlots = new bool[Schema.Count];
        foreach (var slot in Predicates.SelectMany(p => p.Slots).Concat(Schema.RequiredSlots))
        {
            ReadSlots[slot] = true;
        }

        var decider = new AwardDecider(plan);
        _batches = new BatchEvaluator(plan, decider, PointsWidth);
        _explainer = new VillageExplainer(plan, decider, PointsWidth);
        _gaps = new GapAnalysis(this, plan.Categories, Predicates);
        var schema = Schema;
        var document = Document;
        Criteria = Predicates.Take(CriterionCount)
            .Select(p => new RatedCriterion(p.Index, p.Id, document.Categories[p.CategoryIndex].Id, p.Name, p.Slots.Order().Select(s => schema.Indicators[s].Id).ToArray()))
            .ToArray();
    }

    /// <summary>Gets the document the rater was compiled from.</summary>
    public CriteriaDocument Document { get; }

    /// <summary>Gets the indicator slots a village row holds.</summary>
    public IndicatorSchema Schema { get; }

    /// <summary>Gets the number of enabled top-level criteria.</summary>
    public int CriterionCount { get; }

    /// <summary>Gets the enabled top-level criteria in evaluation order; the position is the index <see cref="RatingBuffer.GetState"/> takes.</summary>
    public IReadOnlyList<RatedCriterion> Criteria { get; }

    /// <summary>Gets the categories (stars) in document order; the position is the index <see cref="RatingBuffer.IsAwarded"/> takes.</summary>
    public IReadOnlyList<CategoryDefinition> Categories => Document.Categories;

    internal int Words { get; }

    /// <summary>Gets the compiled criteria, then the vetoes, in bit order.</summary>
    internal IReadOnlyList<CompiledPredicate> Predicates { get; }

    /// <summary>Gets, per slot, whether a criterion or veto reads the indicator or it is required: what a bound class must hold.</summary>
    internal bool[] ReadSlots { get; }

    internal int PointsWidth { get; }

    /// <summary>Creates a batch whose rows fit this rater, holding 1,024 villages before it grows.</summary>
    /// <returns>An empty batch.</returns>
    public VillageBatch CreateBatch() => new(Schema);

    /// <summary>Creates a batch whose rows fit this rater.</summary>
    /// <param name="capacity">How many villages it holds before it grows.</param>
    /// <returns>An empty batch.</returns>
    public VillageBatch CreateBatch(int capacity) => new(Schema, capacity);

    /// <summary>Creates a result buffer for this rater.</summary>
    /// <param name="capacity">How many villages it holds.</param>
    /// <returns>An empty buffer.</returns>
    public RatingBuffer CreateBuffer(int capacity) => new(this, capacity);

    /// <summary>Rates every village of a batch on the calling thread.</summary>
    /// <param name="batch">The villages.</param>
    /// <param name="results">The buffer, at least as large as the batch.</param>
    public void Rate(VillageBatch batch, RatingBuffer results)
    {
        Check(batch, results);
        _batches.Rate(batch, results);
    }

    /// <summary>Rates every village of a batch on all cores; the results equal a single-threaded run's.</summary>
    /// <param name="batch">The villages.</param>
    /// <param name="results">The buffer, at least as large as the batch.</param>
    public void RateParallel(VillageBatch batch, RatingBuffer results) => RateParallel(batch, results, -1, CancellationToken.None);

    /// <summary>Rates every village of a batch on all cores, until cancelled; the results equal a single-threaded run's.</summary>
    /// <param name="batch">The villages.</param>
    /// <param name="results">The buffer, at least as large as the batch.</param>
    /// <param name="cancellationToken">Stops the rating between partitions.</param>
    public void RateParallel(VillageBatch batch, RatingBuffer results, CancellationToken cancellationToken) => RateParallel(batch, results, -1, cancellationToken);

    /// <summary>Rates every village of a batch on at most <paramref name="maxDegreeOfParallelism"/> threads; the results equal a single-threaded run's.</summary>
    /// <param name="batch">The villages.</param>
    /// <param name="results">The buffer, at least as large as the batch.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use; -1 for one per core.</param>
    /// <param name="cancellationToken">Stops the rating between partitions.</param>
    public void RateParallel(VillageBatch batch, RatingBuffer results, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        Check(batch, results);
        _batches.RateParallel(batch, results, maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>Rates one row of a batch in full, with messages in the current UI language: every criterion with its state, values and message, and why each star was or was not awarded.</summary>
    /// <param name="batch">The batch holding the village.</param>
    /// <param name="row">The village's row.</param>
    /// <returns>The village's rating.</returns>
    public VillageRating RateRow(VillageBatch batch, int row) => RateRow(batch, row, Language.Current);

    /// <summary>Rates one row of a batch in full: every criterion with its state, values and message, and why each star was or was not awarded.</summary>
    /// <param name="batch">The batch holding the village.</param>
    /// <param name="row">The village's row.</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <returns>The village's rating.</returns>
    public VillageRating RateRow(VillageBatch batch, int row, Language language)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(language);
        batch.CheckRequired();
        return _explainer.Explain(batch, row, language);
    }

    /// <summary>
    /// Works out what a village lacks for each star it does not hold, from its rating and this rater's compiled criteria:
    /// the thresholds are the bound comparisons' (constants and parameters as compiled), the values those the rating used.
    /// <see cref="VillageGap.Next"/> is only ever a star the village can earn by fixing criteria: a star whose prerequisites
    /// are not held says what must come first, and a star a triggered veto removes says so.
    /// </summary>
    /// <param name="rating">The village's rating from this rater (<see cref="RateRow(VillageBatch, int, Language)"/>).</param>
    /// <param name="language">The language of the details and blockers.</param>
    /// <returns>What the village lacks, the star to earn next first.</returns>
    /// <exception cref="ArgumentException">The rating comes from a criteria document with other categories.</exception>
    public VillageGap Gap(VillageRating rating, Language language)
    {
        ArgumentNullException.ThrowIfNull(rating);
        ArgumentNullException.ThrowIfNull(language);
        return _gaps.Analyze(rating, language);
    }

    /// <summary>Finds a criterion's index in <see cref="Criteria"/>.</summary>
    /// <param name="categoryId">The category id.</param>
    /// <param name="criterionId">The criterion id.</param>
    /// <returns>The index, or -1.</returns>
    public int IndexOfCriterion(string categoryId, string criterionId)
    {
        for (var i = 0; i < CriterionCount; i++)
        {
            if (Criteria[i].Id == criterionId && Criteria[i].CategoryId == categoryId)
            {
                return i;
            }
        }

        return -1;
    }

    internal int PointsIndexOf(int category) => _pointsIndexByCategory[category];

    private void Check(VillageBatch batch, RatingBuffer results)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(results);
        if (batch.Schema != Schema)
        {
            throw new ArgumentException("The batch was created for another rater; create it with CreateBatch().", nameof(batch));
        }

        if (results.Rater != this)
        {
            throw new ArgumentException("The buffer was created for another rater; create it with CreateBuffer().", nameof(results));
        }

        if (results.Capacity < batch.Count)
        {
            throw new ArgumentException($"The buffer holds {results.Capacity} villages but the batch has {batch.Count}.", nameof(results));
        }

        // Villages filled through the batch API are checked for required values here, as the readers check them per village.
        batch.CheckRequired();
    }
}
