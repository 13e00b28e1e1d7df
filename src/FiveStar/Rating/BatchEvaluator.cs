using System.Numerics;
using FiveStar.Compilation.Plan;
using FiveStar.Villages;

namespace FiveStar.Rating;

/// <summary>
/// Rates batches of villages into a <see cref="RatingBuffer"/>: the fused words of 64 predicates, the branch-free award of
/// one-word documents, the guarded path for incomplete villages and for a fast path that threw, and the split of a batch
/// over threads. Allocates nothing per village. The arguments are checked by <see cref="StarRater"/>.
/// </summary>
internal sealed class BatchEvaluator
{
    private const int MinPartition = 4096;

    private readonly FastWord[] _fast;
    private readonly SafeEvaluator _safe;
    private readonly AwardDecider _decider;
    private readonly Func<ulong, ulong>? _oneWordAward;
    private readonly ulong _ratingVetoMask;
    private readonly int _predicateCount;
    private readonly int _words;
    private readonly int _pointsWidth;

    public BatchEvaluator(CompiledPlan plan, AwardDecider decider, int pointsWidth)
    {
        _fast = plan.Fast;
        _safe = plan.Safe;
        _decider = decider;
        _oneWordAward = plan.OneWordAward;
        _ratingVetoMask = decider.RatingVetoes.Aggregate(0UL, (mask, v) => mask | (1UL << (v.Predicate % 64)));
        _predicateCount = plan.Predicates.Count;
        _words = plan.Fast.Length;
        _pointsWidth = pointsWidth;
    }

    /// <summary>Rates every village of a batch on the calling thread.</summary>
    /// <param name="batch">The villages.</param>
    /// <param name="results">The buffer, at least as large as the batch.</param>
    public void Rate(VillageBatch batch, RatingBuffer results)
    {
        results.Count = batch.Count;
        RateRange(batch, results, 0, batch.Count);
    }

    /// <summary>Rates every village of a batch in partitions on at most <paramref name="maxDegreeOfParallelism"/> threads.</summary>
    /// <param name="batch">The villages.</param>
    /// <param name="results">The buffer, at least as large as the batch.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use; -1 for one per core.</param>
    /// <param name="cancellationToken">Stops the rating between partitions.</param>
    public void RateParallel(VillageBatch batch, RatingBuffer results, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        results.Count = batch.Count;
        var workers = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
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
        var words = _words;
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
        var scratch = PredicateStates.For(_predicateCount);
        _safe(batch.Values, v * batch.Stride, scratch.States, 0, scratch.Errors);
        var words = _words;
        scratch.ToMasks(_predicateCount, results.Passed.AsSpan(v * words, words), results.Missing.AsSpan(v * words, words), results.Errors.AsSpan(v * words, words));
        Award(results, v, batch.HasErrorsUnchecked(v));
    }

    private void Award(RatingBuffer results, int v, bool hasDataErrors)
    {
        var words = _words;
        var points = _pointsWidth == 0 ? [] : results.Points.AsSpan(v * _pointsWidth, _pointsWidth);
        var decision = _decider.Decide(results.Passed.AsSpan(v * words, words), results.Missing.AsSpan(v * words, words), points, []);
        results.Awarded[v] = decision.Awarded;
        results.Stars[v] = (byte)decision.Stars;
        results.Levels[v] = decision.Level;
        results.TotalPoints[v] = decision.TotalPoints;
        results.Rated[v] = !hasDataErrors;
    }
}
