using FiveStar.Compilation.Plan;
using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>
/// Works out, from a village's rating and the compiled criteria, what it lacks for each star it does not hold: the
/// thresholds come from the bound comparisons (constants and parameters as compiled), the values from the rating; a
/// star whose prerequisites are not held, or that a veto removes, is never advised as the next one.
/// </summary>
internal sealed class GapAnalysis
{
    private readonly StarRater _rater;
    private readonly IReadOnlyList<CategoryPlan> _plans;
    private readonly IReadOnlyList<CompiledPredicate> _predicates;
    private readonly Dictionary<string, IndicatorDefinition> _indicators;

    public GapAnalysis(StarRater rater, IReadOnlyList<CategoryPlan> plans, IReadOnlyList<CompiledPredicate> predicates)
    {
        _rater = rater;
        _plans = [.. plans.OrderBy(p => p.Index)];
        _predicates = predicates;
        _indicators = rater.Schema.Indicators.Concat(rater.Schema.Derived)
            .DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
    }

    public VillageGap Analyze(VillageRating rating, Language language)
    {
        if (rating.Categories.Count != _plans.Count || rating.Categories.Where((c, i) => c.Id != _plans[i].Definition.Id).Any())
        {
            throw new ArgumentException("The rating was made by another criteria document: its categories differ from this rater's.", nameof(rating));
        }

        var held = rating.Categories.Where(c => c.Awarded).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var voiding = rating.Vetoes.Where(v => v.Scope == VetoScope.Rating && VetoEffectTable.Of(v.Effect).RevokesStars).ToList();
        var gaps = new List<StarGap>();
        for (var c = 0; c < rating.Categories.Count; c++)
        {
            var category = rating.Categories[c];
            if (category.Awarded)
            {
                continue;
            }

            gaps.Add(StarGapOf(category, _plans[c], held, rating.Vetoes, voiding, language));
        }

        var ordered = gaps
            .OrderBy(g => g.Status)
            .ThenBy(g => g.MissingPrerequisites.Count)
            .ThenBy(g => g.CriteriaToFix)
            .ThenBy(g => g.Criteria.Sum(x => x.Relative ?? 1))
            .ToList();
        return new VillageGap
        {
            VillageId = rating.Id,
            VillageName = rating.Name,
            Stars = rating.Stars,
            Next = ordered.FirstOrDefault(g => g.Status == StarGapStatus.Attainable),
            Missing = ordered,
        };
    }

    private StarGap StarGapOf(CategoryRating category, CategoryPlan plan, HashSet<string> held, IReadOnlyList<AppliedVeto> vetoes, List<AppliedVeto> voiding, Language language)
    {
        var definition = plan.Definition;
        var countMissingAsMet = _rater.Document.MissingValues == MissingValuePolicy.Met;
        bool Met(CriterionResult r) => r.State == CriterionState.Passed || (countMissingAsMet && r.State == CriterionState.Missing);
        var unmet = new List<(CriterionGap Gap, double Points, bool Required)>();
        foreach (var result in category.Criteria.Where(r => !Met(r)))
        {
            var predicate = plan.Predicates.Select(p => _predicates[p]).FirstOrDefault(p => p.Id == result.Id);
            unmet.Add((CriterionGapOf(result, predicate, language), predicate?.Points ?? 0, definition.Award.Required.Contains(result.Id)));
        }

        unmet = [.. unmet.OrderBy(u => u.Gap.Relative ?? double.MaxValue)];
        List<CriterionGap> chosen = [.. plan.Rule.ToFix(unmet, definition.Award, category.Criteria.Count(Met), category.Points ?? 0)];
        var missingPrerequisites = definition.Requires.Where(r => !held.Contains(r)).ToList();
        var categoryVetoes = vetoes.Where(v => v.Scope == VetoScope.Category && v.CategoryId == category.Id).ToList();
        var status = voiding.Count > 0 ? StarGapStatus.RatingVoided
            : categoryVetoes.Count > 0 ? StarGapStatus.Vetoed
            : missingPrerequisites.Count > 0 ? StarGapStatus.NeedsPrerequisites
            : StarGapStatus.Attainable;
        var blocker = status switch
        {
            StarGapStatus.RatingVoided => GapText.RatingVoided(voiding.Select(v => v.Reason), language),
            StarGapStatus.Vetoed => GapText.Vetoed(categoryVetoes.Select(v => v.Reason), language),
            StarGapStatus.NeedsPrerequisites => GapText.RequiresFirst(missingPrerequisites.Select(id => NameOf(id, language)), language),
            _ => null,
        };
        return new StarGap
        {
            CategoryId = category.Id,
            CategoryName = definition.Name,
            Status = status,
            CriteriaToFix = chosen.Count,
            Criteria = chosen,
            MissingPrerequisites = missingPrerequisites,
            Vetoes = [.. (status == StarGapStatus.RatingVoided ? voiding : categoryVetoes).Select(v => v.Id)],
            Blocker = blocker,
        };
    }

    private string NameOf(string categoryId, Language language) =>
        _rater.Categories.FirstOrDefault(c => c.Id == categoryId)?.Name.In(language) ?? categoryId;

    private CriterionGap CriterionGapOf(CriterionResult result, CompiledPredicate? predicate, Language language)
    {
        var values = new Dictionary<string, UsedValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in result.Values)
        {
            values.TryAdd(value.Id, value);
        }

        var shortfalls = new List<ValueShortfall>();
        if (result.State == CriterionState.NotMet && predicate is not null)
        {
            var (met, found) = Evaluate(predicate.Node.Gap, values);
            if (met != true)
            {
                shortfalls.AddRange(found);
            }
        }

        double? relative = shortfalls.Count == 0 ? null : shortfalls.Max(Relative);
        var detail = shortfalls.Count > 0
            ? GapText.Join(shortfalls.Select(s => GapText.Shortfall(s, _indicators.GetValueOrDefault(s.IndicatorId)?.Type == IndicatorType.Boolean, language)), language)
            : result.Message ?? GapText.NotMet(language);
        return new CriterionGap
        {
            CriterionId = result.Id,
            Name = result.Name,
            State = result.State,
            Shortfalls = shortfalls,
            Relative = relative,
            Detail = detail,
        };
    }

    private static double Relative(ValueShortfall shortfall) => shortfall switch
    {
        { Difference: { } difference, Target: { } target } when target != 0 => difference / Math.Abs(target),
        _ => 1,
    };

    /// <summary>Whether a term holds for the village (<see langword="null"/> when it cannot be told) and the comparisons it fails.</summary>
    private (bool? Met, List<ValueShortfall> Shortfalls) Evaluate(GapTerm term, Dictionary<string, UsedValue> values)
    {
        switch (term)
        {
            case GapComparison comparison:
                return EvaluateComparison(comparison, values);
            case GapTextMatch text:
                var actualText = values.GetValueOrDefault(text.IndicatorId)?.Value;
                var textMet = actualText is not null && string.Equals(actualText, text.Value, StringComparison.OrdinalIgnoreCase) == text.Equal;
                return (textMet, textMet ? [] : [Shortfall(text.IndicatorId, text.Equal ? ComparisonKind.EqualTo : ComparisonKind.NotEqualTo, null, actualText, null, text.Value, null, null)]);
            case GapCombination { IsAnd: true } all:
                var failed = new List<ValueShortfall>();
                bool? allMet = true;
                foreach (var part in all.Parts)
                {
                    var (met, found) = Evaluate(part, values);
                    if (met == false)
                    {
                        allMet = false;
                        failed.AddRange(found);
                    }
                    else if (met is null && allMet == true)
                    {
                        allMet = null;
                    }
                }

                return (allMet, allMet == false ? failed : []);
            case GapCombination any:
                var options = any.Parts.Select(p => Evaluate(p, values)).ToList();
                if (options.Any(o => o.Met == true))
                {
                    return (true, []);
                }

                if (options.Any(o => o.Met is null))
                {
                    return (null, []);
                }

                // Every alternative fails: advise the cheapest one.
                var best = options.OrderBy(o => o.Shortfalls.Count == 0 ? double.MaxValue : o.Shortfalls.Sum(Relative)).First();
                return (false, best.Shortfalls);
            default:
                return (null, []);
        }
    }

    private (bool? Met, List<ValueShortfall> Shortfalls) EvaluateComparison(GapComparison comparison, Dictionary<string, UsedValue> values)
    {
        var used = values.GetValueOrDefault(comparison.IndicatorId);
        var target = comparison.Target;
        if (used?.Number is not { } actual)
        {
            return (false, [Shortfall(comparison.IndicatorId, comparison.Comparison, null, used?.Value, target, null, comparison.ParameterId, null)]);
        }

        var step = comparison.WholeNumbers ? 1 : 0;
        var (met, difference) = comparison.Comparison switch
        {
            ComparisonKind.AtLeast => (actual >= target, target - actual),
            ComparisonKind.MoreThan => (actual > target, target - actual + step),
            ComparisonKind.AtMost => (actual <= target, actual - target),
            ComparisonKind.LessThan => (actual < target, actual - target + step),
            ComparisonKind.EqualTo => (actual == target, Math.Abs(actual - target)),
            _ => (actual != target, double.NaN),
        };
        if (met)
        {
            return (true, []);
        }

        var isFlag = _indicators.GetValueOrDefault(comparison.IndicatorId)?.Type == IndicatorType.Boolean;
        double? shown = isFlag || double.IsNaN(difference) || difference <= 0 ? null : difference;
        return (false, [Shortfall(comparison.IndicatorId, comparison.Comparison, actual, used.Value, target, null, comparison.ParameterId, shown)]);
    }

    private ValueShortfall Shortfall(string indicatorId, ComparisonKind comparison, double? actual, string? actualText, double? target, string? targetText, string? parameterId, double? difference)
    {
        var indicator = _indicators.GetValueOrDefault(indicatorId);
        return new ValueShortfall
        {
            IndicatorId = indicator?.Id ?? indicatorId,
            IndicatorName = indicator?.Name ?? new LocalizedText(indicatorId, indicatorId),
            Unit = indicator?.Unit ?? LocalizedText.Empty,
            Comparison = comparison,
            Actual = actual,
            ActualText = actualText,
            Target = target,
            TargetText = targetText,
            ParameterId = parameterId,
            Difference = difference,
        };
    }
}
