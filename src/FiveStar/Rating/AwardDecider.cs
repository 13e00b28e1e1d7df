using System.Numerics;
using FiveStar.Compilation.Plan;
using FiveStar.Criteria;

namespace FiveStar.Rating;

/// <summary>
/// Decides a village's stars and level from its criterion bits: each category's award rule (all, at least k, points),
/// its vetoes and prerequisites, then the rating vetoes and the level. Pure: the same bits give the same decision, and
/// nothing else is read, so it is tested alone (<c>AwardDeciderTests</c>).
/// </summary>
internal sealed class AwardDecider
{
    private readonly CategoryPlan[] _plans;
    private readonly IReadOnlyList<CompiledPredicate> _predicates;
    private readonly ScoreBand[] _bands;
    private readonly bool _countMissingAsMet;
    private readonly bool _levelByStars;

    public AwardDecider(CompiledPlan plan)
    {
        var document = plan.Document;
        _plans = [.. plan.Categories];
        _predicates = plan.Predicates;
        _bands = [.. document.Level.Bands];
        _countMissingAsMet = document.MissingValues == MissingValuePolicy.Met;
        _levelByStars = document.Level.Mode == LevelMode.StarCount;
        RatingVetoes = plan.Predicates.Skip(plan.CriterionCount)
            .Select(p => (p.Index, document.Vetoes[p.VetoIndex]))
            .Where(v => v.Item2.Scope == VetoScope.Rating)
            .ToArray();
    }

    /// <summary>Gets the vetoes of the whole rating (void it, cap its level), with their predicate indices.</summary>
    public (int Predicate, VetoDefinition Veto)[] RatingVetoes { get; }

    /// <summary>Decides one village.</summary>
    /// <param name="passed">The passed bits, one word per 64 predicates.</param>
    /// <param name="missing">The missing bits, likewise.</param>
    /// <param name="points">Receives each points-counting category's points; may be empty when none counts points.</param>
    /// <param name="outcomes">Receives each category's outcome; empty when only the decision is wanted (the batch path).</param>
    /// <returns>The awarded categories, stars, level and total points.</returns>
    public AwardDecision Decide(ReadOnlySpan<ulong> passed, ReadOnlySpan<ulong> missing, Span<double> points, Span<CategoryOutcome> outcomes)
    {
        var countMissingAsMet = _countMissingAsMet;
        var awarded = 0UL;
        var total = 0.0;
        foreach (var plan in _plans)
        {
            var outcome = CategoryOutcome.Awarded;
            var earned = 0.0;
            switch (plan.Award)
            {
                case AwardKind.All:
                    for (var w = 0; w < plan.Mask.Length; w++)
                    {
                        var met = Effective(passed, missing, w, countMissingAsMet);
                        if ((met & plan.Mask[w]) != plan.Mask[w])
                        {
                            outcome = CategoryOutcome.CriteriaNotMet;
                        }
                    }

                    break;
                case AwardKind.AtLeast:
                    var count = 0;
                    for (var w = 0; w < plan.Mask.Length; w++)
                    {
                        count += BitOperations.PopCount(Effective(passed, missing, w, countMissingAsMet) & plan.Mask[w]);
                    }

                    if (count < plan.Count)
                    {
                        outcome = CategoryOutcome.CriteriaNotMet;
                    }

                    break;
                case AwardKind.Points:
                    for (var w = 0; w < plan.Mask.Length; w++)
                    {
                        var met = Effective(passed, missing, w, countMissingAsMet);
                        if ((met & plan.RequiredMask[w]) != plan.RequiredMask[w])
                        {
                            outcome = CategoryOutcome.RequiredCriterionNotMet;
                        }
                    }

                    earned = Earned(plan, passed, missing, countMissingAsMet);
                    if (outcome == CategoryOutcome.Awarded && earned < plan.Threshold)
                    {
                        outcome = CategoryOutcome.PointsBelowThreshold;
                    }

                    break;
            }

            if (plan.PointsIndex >= 0)
            {
                if (plan.Award != AwardKind.Points)
                {
                    earned = Earned(plan, passed, missing, countMissingAsMet);
                }

                points[plan.PointsIndex] = earned;
                total += earned;
            }

            if (outcome == CategoryOutcome.Awarded)
            {
                foreach (var veto in plan.Vetoes)
                {
                    if ((passed[veto / 64] & (1UL << (veto % 64))) != 0)
                    {
                        outcome = CategoryOutcome.Vetoed;
                    }
                }
            }

            if (outcome == CategoryOutcome.Awarded && (awarded & plan.RequiresMask) != plan.RequiresMask)
            {
                outcome = CategoryOutcome.PrerequisiteNotMet;
            }

            if (outcome == CategoryOutcome.Awarded)
            {
                awarded |= 1UL << plan.Index;
            }

            if (!outcomes.IsEmpty)
            {
                outcomes[plan.Index] = outcome;
            }
        }

        var cap = int.MaxValue;
        foreach (var (predicate, veto) in RatingVetoes)
        {
            if ((passed[predicate / 64] & (1UL << (predicate % 64))) == 0)
            {
                continue;
            }

            var effect = VetoEffectTable.Of(veto.Effect);
            if (effect.RevokesStars)
            {
                if (!outcomes.IsEmpty)
                {
                    foreach (var plan in _plans)
                    {
                        if ((awarded & (1UL << plan.Index)) != 0)
                        {
                            outcomes[plan.Index] = CategoryOutcome.RatingVoided;
                        }
                    }
                }

                awarded = 0;
                cap = 0;
            }

            if (effect.CapsLevel)
            {
                cap = Math.Min(cap, veto.CapLevel ?? 0);
            }
        }

        var stars = BitOperations.PopCount(awarded);
        var level = _levelByStars ? stars : Band(total);
        return new AwardDecision(awarded, stars, Math.Min(level, cap), total);
    }

    private static ulong Effective(ReadOnlySpan<ulong> passed, ReadOnlySpan<ulong> missing, int word, bool countMissingAsMet) =>
        countMissingAsMet ? passed[word] | missing[word] : passed[word];

    private double Earned(CategoryPlan plan, ReadOnlySpan<ulong> passed, ReadOnlySpan<ulong> missing, bool countMissingAsMet)
    {
        var earned = 0.0;
        foreach (var p in plan.Predicates)
        {
            if ((Effective(passed, missing, p / 64, countMissingAsMet) & (1UL << (p % 64))) != 0)
            {
                earned += _predicates[p].Points ?? 0;
            }
        }

        return earned;
    }

    private int Band(double total)
    {
        foreach (var band in _bands)
        {
            if (total >= band.MinScore)
            {
                return band.Level;
            }
        }

        return 0;
    }
}
