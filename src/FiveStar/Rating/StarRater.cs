using System.Globalization;
using System.Numerics;
using System.Reflection;
using FiveStar.Compilation;
using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Resources;
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
    private readonly GapAnalysis _gaps;
    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly IReadOnlyList<CompiledPredicate> _predicates;
    private readonly CategoryPlan[] _plans;
    private readonly int[] _pointsIndexByCategory;
    private readonly FastWord[] _fast;
    private readonly SafeEvaluator _safe;
    private readonly DerivedEvaluator _derived;
    private readonly IReadOnlyDictionary<MethodInfo, string> _helpers;
    private readonly AwardDecider _decider;
    private readonly Func<ulong, ulong>? _oneWordAward;
    private readonly ulong _ratingVetoMask;

    internal StarRater(CompiledPlan plan)
    {
        var document = plan.Document;
        var schema = plan.Schema;
        var predicates = plan.Predicates;
        var plans = plan.Categories;
        Document = document;
        Schema = schema;
        _predicates = predicates;
        CriterionCount = plan.CriterionCount;
        _plans = [.. plans];
        _fast = plan.Fast;
        _safe = plan.Safe;
        _derived = plan.Derived;
        _helpers = plan.Helpers;
        Words = plan.Fast.Length;
        _pointsIndexByCategory = new int[document.Categories.Count];
        foreach (var category in plans)
        {
            _pointsIndexByCategory[category.Index] = category.PointsIndex;
        }

        PointsWidth = plans.Count(p => p.PointsIndex >= 0);
        _decider = new AwardDecider(plan);
        _ratingVetoMask = _decider.RatingVetoes.Aggregate(0UL, (mask, v) => mask | (1UL << (v.Predicate % 64)));
        _oneWordAward = plan.OneWordAward;
        ReadSlots = new bool[schema.Count];
        foreach (var slot in predicates.SelectMany(p => p.Slots).Concat(schema.RequiredSlots))
        {
            ReadSlots[slot] = true;
        }

        _gaps = new GapAnalysis(this, plans, predicates);
        Criteria = predicates.Take(CriterionCount)
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
    internal IReadOnlyList<CompiledPredicate> Predicates => _predicates;

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
        results.Count = batch.Count;
        RateRange(batch, results, 0, batch.Count);
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
        results.Count = batch.Count;
        var workers = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        const int MinPartition = 4096;
        var partitions = Math.Max(1, Math.Min(workers * 4, batch.Count / MinPartition));
        if (partitions == 1)
        {
            RateRange(batch, results, 0, batch.Count);
            return;
        }

        var size = (batch.Count + partitions - 1) / partitions;
        Parallel.For(
            0,
            partitions,
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
            p => RateRange(batch, results, p * size, Math.Min(batch.Count, (p + 1) * size)));
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
        var scratch = ScratchFor();
        var offset = row * batch.Stride;
        var values = batch.Values;
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)batch.Count, nameof(row));
        Array.Clear(scratch.Errors);
        _safe(values, offset, scratch.States, 0, scratch.Errors);
        var derived = new double[Schema.Derived.Count];
        _derived(values, offset, derived);
        Span<ulong> passed = stackalloc ulong[Words];
        Span<ulong> missing = stackalloc ulong[Words];
        Span<ulong> errors = stackalloc ulong[Words];
        ToMasks(scratch.States, passed, missing, errors);
        var outcomes = new CategoryOutcome[_plans.Length];
        var points = new double[Math.Max(1, PointsWidth)];
        var decision = _decider.Decide(passed, missing, points, outcomes);
        var english = language.IsEnglish;

        var categories = new List<CategoryRating>();
        for (var c = 0; c < Document.Categories.Count; c++)
        {
            var plan = _plans.First(p => p.Index == c);
            var criteria = plan.Predicates.Select(p => DescribeCriterion(_predicates[p], (CriterionState)scratch.States[p], scratch.Errors[p], values, offset, derived, english, batch.GetId(row))).ToList();
            var awarded = (decision.Awarded & (1UL << c)) != 0;
            var outcome = outcomes[c];
            categories.Add(new CategoryRating
            {
                Id = plan.Definition.Id,
                Name = plan.Definition.Name,
                Awarded = awarded,
                Outcome = outcome,
                Reason = awarded ? null : Reason(plan, outcome, criteria, points, decision, passed, english),
                Points = plan.PointsIndex >= 0 ? points[plan.PointsIndex] : null,
                Criteria = criteria,
            });
        }

        var vetoes = _predicates.Skip(CriterionCount)
            .Where(p => scratch.States[p.Index] == (byte)CriterionState.Passed)
            .Select(p => Document.Vetoes[p.VetoIndex])
            .Select(v => new AppliedVeto { Id = v.Id, Name = v.Name, Scope = v.Scope, Effect = v.Effect, CategoryId = v.Category, Reason = v.Reason.In(english ? Language.English : Language.Chinese) })
            .ToList();
        return new VillageRating
        {
            Id = batch.GetId(row),
            Name = batch.GetName(row),
            Rated = !batch.HasErrors(row),
            Stars = decision.Stars,
            Level = decision.Level,
            Categories = categories,
            Vetoes = vetoes,
            Problems = batch.GetProblems(row),
        };
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

    private void RateRange(VillageBatch batch, RatingBuffer results, int start, int end)
    {
        var v = start;
        while (v < end)
        {
            try
            {
                if (_oneWordAward is { } award)
                {
                    RateOneWord(batch, results, ref v, end, award);
                }
                else
                {
                    RateWords(batch, results, ref v, end);
                }
            }
#pragma warning disable CA1031 // The fast path threw for village v (an integer division by zero, say): the guarded path re-rates it and records the error per criterion.
            catch (Exception)
#pragma warning restore CA1031
            {
                RateGuardedAndAward(batch, results, v);
                v++;
            }
        }
    }

    /// <summary>Rates villages from <paramref name="v"/> to <paramref name="end"/>, one fused word per 64 predicates and the award per village.</summary>
    private void RateWords(VillageBatch batch, RatingBuffer results, ref int v, int end)
    {
        var values = batch.Values;
        var stride = batch.Stride;
        var words = Words;
        var fast = _fast;
        var passed = results.Passed;
        var missing = results.Missing;
        var errors = results.Errors;
        for (; v < end; v++)
        {
            if (!batch.IsComplete(v))
            {
                RateGuardedAndAward(batch, results, v);
                continue;
            }

            var wordOffset = v * words;
            var rowOffset = v * stride;
            for (var w = 0; w < words; w++)
            {
                passed[wordOffset + w] = fast[w](ref values[rowOffset]);
                missing[wordOffset + w] = 0;
                errors[wordOffset + w] = 0;
            }

            Award(results, v, batch.HasErrorsUnchecked(v));
        }
    }

    /// <summary>
    /// <see cref="RateWords"/> for documents of <see cref="CompiledPlan.OneWordAward"/>: one fused word and a branch-free award per
    /// complete village. Incomplete villages and rating vetoes take the general path.
    /// </summary>
    private void RateOneWord(VillageBatch batch, RatingBuffer results, ref int v, int end, Func<ulong, ulong> award)
    {
        var values = batch.Values;
        var stride = batch.Stride;
        var fast = _fast[0];
        var ratingVetoMask = _ratingVetoMask;
        var passed = results.Passed;
        var missing = results.Missing;
        var errors = results.Errors;
        var awardedOut = results.Awarded;
        var starsOut = results.Stars;
        var levels = results.Levels;
        var totals = results.TotalPoints;
        var rated = results.Rated;
        for (; v < end; v++)
        {
            if (!batch.IsComplete(v))
            {
                RateGuardedAndAward(batch, results, v);
                continue;
            }

            var bits = fast(ref values[v * stride]);
            passed[v] = bits;
            missing[v] = 0;
            errors[v] = 0;
            if ((bits & ratingVetoMask) != 0)
            {
                Award(results, v, batch.HasErrorsUnchecked(v));
                continue;
            }

            var awarded = award(bits);
            var stars = BitOperations.PopCount(awarded);
            awardedOut[v] = awarded;
            starsOut[v] = (byte)stars;
            levels[v] = stars;
            totals[v] = 0;
            rated[v] = !batch.HasErrorsUnchecked(v);
        }
    }

    /// <summary>Rates one village on the guarded path (missing values, or the fast path threw) and decides its stars.</summary>
    private void RateGuardedAndAward(VillageBatch batch, RatingBuffer results, int v)
    {
        RateGuarded(batch, results, v);
        Award(results, v, batch.HasErrorsUnchecked(v));
    }

    private void RateGuarded(VillageBatch batch, RatingBuffer results, int v)
    {
        var scratch = ScratchFor();
        _safe(batch.Values, v * batch.Stride, scratch.States, 0, scratch.Errors);
        var words = Words;
        ToMasks(scratch.States, results.Passed.AsSpan(v * words, words), results.Missing.AsSpan(v * words, words), results.Errors.AsSpan(v * words, words));
    }

    private void ToMasks(byte[] states, Span<ulong> passed, Span<ulong> missing, Span<ulong> errors)
    {
        passed.Clear();
        missing.Clear();
        errors.Clear();
        for (var i = 0; i < _predicates.Count; i++)
        {
            var bit = 1UL << (i % 64);
            switch ((CriterionState)states[i])
            {
                case CriterionState.Passed:
                    passed[i / 64] |= bit;
                    break;
                case CriterionState.Missing:
                    missing[i / 64] |= bit;
                    break;
                case CriterionState.Error:
                    errors[i / 64] |= bit;
                    break;
            }
        }
    }

    private void Award(RatingBuffer results, int v, bool hasDataErrors)
    {
        var words = Words;
        var points = PointsWidth == 0 ? [] : results.Points.AsSpan(v * PointsWidth, PointsWidth);
        var decision = _decider.Decide(results.Passed.AsSpan(v * words, words), results.Missing.AsSpan(v * words, words), points, []);
        results.Awarded[v] = decision.Awarded;
        results.Stars[v] = (byte)decision.Stars;
        results.Levels[v] = decision.Level;
        results.TotalPoints[v] = decision.TotalPoints;
        results.Rated[v] = !hasDataErrors;
    }

    private CriterionResult DescribeCriterion(CompiledPredicate predicate, CriterionState state, Exception? error, double[] values, int offset, double[] derived, bool english, string villageId)
    {
        var used = new List<UsedValue>();
        foreach (var slot in predicate.Slots.Order())
        {
            used.Add(Used(new ValueRef(Schema.Indicators[slot].Id, slot, -1, null), values, offset, derived));
        }

        foreach (var reference in (predicate.Message?.Values ?? []).Concat(predicate.GapValues))
        {
            if (!used.Any(u => u.Id == reference.Id))
            {
                used.Add(Used(reference, values, offset, derived));
            }
        }

        var language = english ? Language.English : Language.Chinese;
        var message = state switch
        {
            CriterionState.Passed => null,
            CriterionState.NotMet => predicate.Message?.Format(r => FormatValue(r, values, offset, derived) ?? Localizer.Format(language, nameof(Messages.Explain_MissingValue)))
                ?? Localizer.Format(language, nameof(Messages.Explain_NotMet), Label(predicate, english)),
            CriterionState.Missing => Localizer.Format(language, nameof(Messages.Explain_MissingValues), string.Join(", ", used.Where(u => u.Value is null).Select(u => u.Id))),
            _ => DescribeError(predicate, error, villageId, language),
        };
        return new CriterionResult
        {
            Id = predicate.Id,
            Name = predicate.Name,
            State = state,
            Message = message,
            Points = predicate.Points is { } points ? (state == CriterionState.Passed ? points : 0) : null,
            Values = used,
        };
    }

    private UsedValue Used(ValueRef reference, double[] values, int offset, double[] derived) =>
        new() { Id = reference.Id, Value = FormatValue(reference, values, offset, derived), Number = NumberOf(reference, values, offset, derived) };

    private double? NumberOf(ValueRef reference, double[] values, int offset, double[] derived)
    {
        if (reference.Constant is { } constant)
        {
            return constant;
        }

        var (value, indicator) = reference.Slot >= 0
            ? (values[offset + reference.Slot], Schema.Indicators[reference.Slot])
            : (derived[reference.DerivedIndex], Schema.Derived[reference.DerivedIndex]);
        return double.IsNaN(value) || indicator.Type is IndicatorType.Enumeration or IndicatorType.Text ? null : value;
    }

    private string DescribeError(CompiledPredicate predicate, Exception? error, string villageId, Language language)
    {
        var helper = error is null ? null : FindHelper(error);
        var origin = helper is null
            ? string.Empty
            : Localizer.Format(language, nameof(Messages.Explain_ErrorInHelper), helper.DeclaringType?.Name, helper.Name, _helpers[helper]);
        var what = error is null ? Localizer.Format(language, nameof(Messages.Explain_UnknownError)) : $"{error.GetType().Name}: {error.Message}";
        return Localizer.Format(language, nameof(Messages.Explain_Error), predicate.Id, villageId, origin, what);
    }

    /// <summary>
    /// Finds the plug-in helper an exception came from. Its own frame may lie deeper than the method that threw (a guard
    /// such as ArgumentOutOfRangeException.ThrowIfZero, a private method of the plug-in), so walk the whole stack.
    /// </summary>
    private MethodInfo? FindHelper(Exception error)
    {
        if (_helpers.Count == 0)
        {
            return null;
        }

        foreach (var frame in new System.Diagnostics.StackTrace(error, false).GetFrames())
        {
            if (frame.GetMethod() is MethodInfo method && _helpers.ContainsKey(method))
            {
                return method;
            }
        }

        return null;
    }

    private string? FormatValue(ValueRef reference, double[] values, int offset, double[] derived)
    {
        if (reference.Constant is { } constant)
        {
            return constant.ToString("#,0.##", CultureInfo.InvariantCulture);
        }

        double value;
        IndicatorDefinition indicator;
        if (reference.Slot >= 0)
        {
            value = values[offset + reference.Slot];
            indicator = Schema.Indicators[reference.Slot];
        }
        else
        {
            value = derived[reference.DerivedIndex];
            indicator = Schema.Derived[reference.DerivedIndex];
        }

        if (double.IsNaN(value))
        {
            return null;
        }

        return indicator.Type switch
        {
            IndicatorType.Boolean => value != 0 ? "true" : "false",
            IndicatorType.Enumeration or IndicatorType.Text => Schema.TextOf(reference.Slot, (int)value) ?? "(other)",
            IndicatorType.WholeNumber => value.ToString("0", CultureInfo.InvariantCulture),
            IndicatorType.Money => value.ToString("#,0.##", CultureInfo.InvariantCulture),
            _ => value.ToString("0.##", CultureInfo.InvariantCulture),
        };
    }

    private string Reason(CategoryPlan plan, CategoryOutcome outcome, List<CriterionResult> criteria, double[] points, AwardDecision decision, ReadOnlySpan<ulong> passed, bool english)
    {
        var language = english ? Language.English : Language.Chinese;
        var failed = string.Join(", ", criteria.Where(c => c.State != CriterionState.Passed).Select(c => c.Id));
        switch (outcome)
        {
            case CategoryOutcome.CriteriaNotMet when plan.Award == AwardKind.AtLeast:
                var met = criteria.Count(c => c.State == CriterionState.Passed);
                return Localizer.Format(language, nameof(Messages.Reason_AtLeastNotMet), met, criteria.Count, plan.Count, failed);
            case CategoryOutcome.CriteriaNotMet:
                return Localizer.Format(language, nameof(Messages.Reason_CriteriaNotMet), failed);
            case CategoryOutcome.PointsBelowThreshold:
                var earned = points[plan.PointsIndex].ToString("0.##", CultureInfo.InvariantCulture);
                var needed = plan.Threshold.ToString("0.##", CultureInfo.InvariantCulture);
                return Localizer.Format(language, nameof(Messages.Reason_PointsBelowThreshold), earned, needed);
            case CategoryOutcome.RequiredCriterionNotMet:
                var required = string.Join(", ", plan.Definition.Award.Required.Where(r => criteria.Any(c => c.Id == r && c.State != CriterionState.Passed)));
                return Localizer.Format(language, nameof(Messages.Reason_RequiredNotMet), required);
            case CategoryOutcome.Vetoed:
                var vetoes = new List<string>();
                foreach (var v in plan.Vetoes)
                {
                    if ((passed[v / 64] & (1UL << (v % 64))) != 0)
                    {
                        vetoes.Add(Document.Vetoes[_predicates[v].VetoIndex].Reason.In(language));
                    }
                }

                return Localizer.Format(language, nameof(Messages.Reason_Vetoed), string.Join("; ", vetoes));
            case CategoryOutcome.PrerequisiteNotMet:
                var missingStars = plan.Definition.Requires.Where(r => (decision.Awarded & (1UL << Document.Categories.ToList().FindIndex(c => c.Id == r))) == 0)
                    .Select(r => Document.Categories.First(c => c.Id == r).Name.In(language));
                return Localizer.Format(language, nameof(Messages.Reason_RequiresFirst), string.Join(", ", missingStars));
            case CategoryOutcome.RatingVoided:
                return Localizer.Format(language, nameof(Messages.Reason_RatingVoided));
            default:
                return string.Empty;
        }
    }

    private static string Label(CompiledPredicate predicate, bool english)
    {
        var name = predicate.Name.In(english ? Language.English : Language.Chinese);
        return string.IsNullOrEmpty(name) ? predicate.Id : $"{predicate.Id} {name}";
    }

    private Scratch ScratchFor()
    {
        var scratch = t_scratch;
        if (scratch is null || scratch.States.Length < _predicates.Count)
        {
            t_scratch = scratch = new Scratch(Math.Max(64, _predicates.Count));
        }

        return scratch;
    }

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

    private sealed class Scratch(int size)
    {
        public byte[] States { get; } = new byte[size];

        public Exception?[] Errors { get; } = new Exception?[size];
    }
}
