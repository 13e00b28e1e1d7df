using System.Numerics;
using FiveStar.Compilation.Plan;
using FiveStar.Criteria;
using FiveStar.Criteria.Awards;

namespace FiveStar.Rating;

/// <summary>
/// Decides a village's stars and level from its criterion bits: each category's award rule (its row of
/// <see cref="AwardKindTable"/> decides from the criteria), its vetoes and prerequisites, then the rating vetoes and the
/// level. Pure: the same bits give the same decision, and nothing else is read, so it is tested alone
/// (<c>AwardDeciderTests</c>).
/// </summary>
internal sealed class AwardDecider
{
    // Up to this many words (4,096 predicates) the met bits of a village are combined on the stack.
    private const int StackWords = 64;

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
        // What counts as met, once per village: the passed bits, or with the policy "met" the missing ones too.
        scoped var met = passed;
        var both = !_countMissingAsMet ? Span<ulong>.Empty : passed.Length <= StackWords ? stackalloc ulong[passed.Length] : new ulong[passed.Length];
        if (_countMissingAsMet)
        {
            for (var w = 0; w < both.Length; w++)
            {
                both[w] = passed[w] | missing[w];
            }

            met = both;
        }

        var awarded = 0UL;
        var total = 0.0;
        foreach (var plan in _plans)
        {
            var earned = plan.PointsIndex >= 0 ? Earned(plan, met) : 0.0;
            var outcome = plan.Rule.Decide(met, plan.Mask, plan.RequiredMask, plan.Definition.Award, earned);
            if (plan.PointsIndex >= 0)
            {
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

    private double Earned(CategoryPlan plan, ReadOnlySpan<ulong> met)
    {
        var earned = 0.0;
        foreach (var p in plan.Predicates)
        {
            if ((met[p / 64] & (1UL << (p % 64))) != 0)
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
