using System.Globalization;
using System.Text;
using FiveStar.Rating;
using FiveStar.Villages;

namespace FiveStar.Benchmarks;

/// <summary>
/// Checks, for every village, that FiveStar's criterion and veto states, awarded stars and star count equal the
/// hand-written baseline's and (when given) RulesEngine's; throws on the first difference.
/// </summary>
public static class CorrectnessCheck
{
    /// <summary>Maps each bit of <see cref="CriterionBits.Ids"/> to FiveStar's predicate index (vetoes follow the criteria).</summary>
    /// <param name="rater">The rater.</param>
    /// <returns>The predicate index per bit.</returns>
    public static int[] PredicateIndexes(StarRater rater)
    {
        ArgumentNullException.ThrowIfNull(rater);
        if (rater.CriterionCount != CriterionBits.CriterionCount)
        {
            throw new InvalidOperationException($"FiveStar has {rater.CriterionCount} criteria; the baselines have {CriterionBits.CriterionCount}.");
        }

        var indexes = new int[CriterionBits.Ids.Length];
        for (var b = 0; b < indexes.Length; b++)
        {
            var id = CriterionBits.Ids[b];
            if (b < CriterionBits.CriterionCount)
            {
                var criterion = rater.Criteria.Single(c => c.Id == id);
                if (criterion.CategoryId != CriterionBits.CategoryOf(b))
                {
                    throw new InvalidOperationException($"{id} is in {criterion.CategoryId}, expected {CriterionBits.CategoryOf(b)}.");
                }

                indexes[b] = criterion.Index;
            }
            else
            {
                var veto = rater.Document.Vetoes.Select((v, i) => (v.Id, i)).Single(v => v.Id == id);
                indexes[b] = rater.CriterionCount + veto.i;
            }
        }

        return indexes;
    }

    /// <summary>FiveStar's passed bits of one village in <see cref="CriterionBits.Ids"/> order.</summary>
    /// <param name="buffer">The rated buffer.</param>
    /// <param name="village">The row.</param>
    /// <param name="indexes">From <see cref="PredicateIndexes"/>.</param>
    /// <returns>The bits.</returns>
    public static ulong Mask(RatingBuffer buffer, int village, int[] indexes)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(indexes);
        var mask = 0UL;
        for (var b = 0; b < indexes.Length; b++)
        {
            var state = buffer.GetState(village, indexes[b]);
            if (state is not (CriterionState.Passed or CriterionState.NotMet))
            {
                throw new InvalidOperationException($"Village {village}: {CriterionBits.Ids[b]} is {state}.");
            }

            mask |= state == CriterionState.Passed ? 1UL << b : 0;
        }

        return mask;
    }

    /// <summary>Rates the batch with FiveStar and the villages with the baselines, and compares every village.</summary>
    /// <param name="rater">The rater.</param>
    /// <param name="batch">The villages as a batch.</param>
    /// <param name="villages">The same villages as POCOs.</param>
    /// <param name="rulesEngine">RulesEngine, or null to compare with the hand-written baseline only.</param>
    /// <returns>A summary: pass rate per criterion, star distribution.</returns>
    public static string Verify(StarRater rater, VillageBatch batch, Village[] villages, RulesEngineRater? rulesEngine)
    {
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(villages);
        var n = villages.Length;
        if (batch.Count != n)
        {
            throw new InvalidOperationException("The batch and the POCOs differ in size.");
        }

        var buffer = rater.CreateBuffer(n);
        rater.Rate(batch, buffer);
        var handMasks = new ulong[n];
        var handStars = new byte[n];
        HandWrittenRater.Rate(villages, handMasks, handStars);
        var reMasks = new ulong[n];
        var reStars = new byte[n];
        if (rulesEngine is not null)
        {
            var parts = Environment.ProcessorCount;
            var size = (n + parts - 1) / parts;
            var tasks = Enumerable.Range(0, parts)
                .Select(p => (Start: p * size, Count: Math.Max(0, Math.Min(n, (p + 1) * size) - (p * size))))
                .Where(p => p.Count > 0)
                .Select(p => Task.Run(async () =>
                {
                    var masks = new ulong[p.Count];
                    var stars = new byte[p.Count];
                    await rulesEngine.RateAsync(new ArraySegment<Village>(villages, p.Start, p.Count), masks, stars).ConfigureAwait(false);
                    masks.CopyTo(reMasks, p.Start);
                    stars.CopyTo(reStars, p.Start);
                }))
                .ToArray();
            Task.WaitAll(tasks);
        }

        var indexes = PredicateIndexes(rater);
        var passes = new long[indexes.Length];
        var starCounts = new long[6];
        for (var v = 0; v < n; v++)
        {
            var mask = Mask(buffer, v, indexes);
            var stars = buffer.GetStars(v);
            var awarded = 0UL;
            for (var c = 0; c < rater.Categories.Count; c++)
            {
                awarded |= buffer.IsAwarded(v, c) ? 1UL << c : 0;
            }

            Compare(v, "hand-written", mask, stars, awarded, handMasks[v], handStars[v]);
            if (rulesEngine is not null)
            {
                Compare(v, "RulesEngine", mask, stars, awarded, reMasks[v], reStars[v]);
            }

            for (var b = 0; b < indexes.Length; b++)
            {
                passes[b] += (long)((mask >> b) & 1);
            }

            starCounts[stars]++;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Correctness: {n:N0} villages, FiveStar = hand-written{(rulesEngine is null ? string.Empty : " = RulesEngine")} for every criterion, veto, star and star count.\n");
        text.Append("Pass rates: ");
        for (var b = 0; b < indexes.Length; b++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{CriterionBits.Ids[b]} {100.0 * passes[b] / n:F1}%{(b + 1 < indexes.Length ? ", " : "\n")}");
        }

        text.Append("Stars: ");
        for (var s = 0; s < starCounts.Length; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s}★ {100.0 * starCounts[s] / n:F1}%{(s < 5 ? ", " : "\n")}");
        }

        return text.ToString();
    }

    private static void Compare(int v, string baseline, ulong mask, int stars, ulong awarded, ulong otherMask, int otherStars)
    {
        if (mask != otherMask || stars != otherStars || awarded != CriterionBits.Awarded(otherMask))
        {
            var diff = mask ^ otherMask;
            var bits = string.Join(", ", Enumerable.Range(0, CriterionBits.Ids.Length).Where(b => ((diff >> b) & 1) != 0).Select(b => CriterionBits.Ids[b]));
            throw new InvalidOperationException(
                $"Village {v}: FiveStar and {baseline} differ: criteria [{bits}], stars {stars} vs {otherStars}, awarded {awarded:X} vs {CriterionBits.Awarded(otherMask):X}.");
        }
    }
}
