using System.Globalization;
using System.Reflection;
using FiveStar.Compilation.Plan;
using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Rating;

/// <summary>
/// Rates one village in full, for people: every criterion with its state, the values it read and its message, each
/// star with its outcome and the reason it was not awarded (<see cref="CategoryReasons"/>), and the vetoes that applied.
/// Runs the guarded evaluator, so it is slower than the batch path and used on demand.
/// </summary>
internal sealed class VillageExplainer
{
    private readonly CriteriaDocument _document;
    private readonly IndicatorSchema _schema;
    private readonly IReadOnlyList<CompiledPredicate> _predicates;
    private readonly CategoryPlan[] _plans;
    private readonly int _criterionCount;
    private readonly SafeEvaluator _safe;
    private readonly DerivedEvaluator _derived;
    private readonly IReadOnlyDictionary<MethodInfo, string> _helpers;
    private readonly AwardDecider _decider;
    private readonly CategoryReasons _reasons;
    private readonly int _words;
    private readonly int _pointsWidth;

    public VillageExplainer(CompiledPlan plan, AwardDecider decider, int pointsWidth)
    {
        _document = plan.Document;
        _schema = plan.Schema;
        _predicates = plan.Predicates;
        _plans = [.. plan.Categories];
        _criterionCount = plan.CriterionCount;
        _safe = plan.Safe;
        _derived = plan.Derived;
        _helpers = plan.Helpers;
        _decider = decider;
        _reasons = new CategoryReasons(plan.Document, plan.Predicates);
        _words = plan.Fast.Length;
        _pointsWidth = pointsWidth;
    }

    /// <summary>Rates one row of a batch in full.</summary>
    /// <param name="batch">The batch holding the village, its required values checked.</param>
    /// <param name="row">The village's row.</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <returns>The village's rating.</returns>
    public VillageRating Explain(VillageBatch batch, int row, Language language)
    {
        var scratch = PredicateStates.For(_predicates.Count);
        var offset = row * batch.Stride;
        var values = batch.Values;
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)batch.Count, nameof(row));
        Array.Clear(scratch.Errors);
        _safe(values, offset, scratch.States, 0, scratch.Errors);
        var derived = new double[_schema.Derived.Count];
        _derived(values, offset, derived);
        Span<ulong> passed = stackalloc ulong[_words];
        Span<ulong> missing = stackalloc ulong[_words];
        Span<ulong> errors = stackalloc ulong[_words];
        scratch.ToMasks(_predicates.Count, passed, missing, errors);
        var outcomes = new CategoryOutcome[_plans.Length];
        var points = new double[Math.Max(1, _pointsWidth)];
        var decision = _decider.Decide(passed, missing, points, outcomes);
        var english = language.IsEnglish;
        var wording = english ? Language.English : Language.Chinese;

        var categories = new List<CategoryRating>();
        for (var c = 0; c < _document.Categories.Count; c++)
        {
            var plan = _plans.First(p => p.Index == c);
            var criteria = plan.Predicates.Select(p => DescribeCriterion(_predicates[p], (CriterionState)scratch.States[p], scratch.Errors[p], values, offset, derived, wording, batch.GetId(row))).ToList();
            var awarded = (decision.Awarded & (1UL << c)) != 0;
            var outcome = outcomes[c];
            categories.Add(new CategoryRating
            {
                Id = plan.Definition.Id,
                Name = plan.Definition.Name,
                Awarded = awarded,
                Outcome = outcome,
                Reason = awarded ? null : _reasons.For(plan, outcome, criteria, points, decision, passed, wording),
                Points = plan.PointsIndex >= 0 ? points[plan.PointsIndex] : null,
                Criteria = criteria,
            });
        }

        var vetoes = _predicates.Skip(_criterionCount)
            .Where(p => scratch.States[p.Index] == (byte)CriterionState.Passed)
            .Select(p => _document.Vetoes[p.VetoIndex])
            .Select(v => new AppliedVeto { Id = v.Id, Name = v.Name, Scope = v.Scope, Effect = v.Effect, CategoryId = v.Category, Reason = v.Reason.In(wording) })
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

    private static string Label(CompiledPredicate predicate, Language language)
    {
        var name = predicate.Name.In(language);
        return string.IsNullOrEmpty(name) ? predicate.Id : $"{predicate.Id} {name}";
    }

    private CriterionResult DescribeCriterion(CompiledPredicate predicate, CriterionState state, Exception? error, double[] values, int offset, double[] derived, Language language, string villageId)
    {
        var used = new List<UsedValue>();
        foreach (var slot in predicate.Slots.Order())
        {
            used.Add(Used(new ValueRef(_schema.Indicators[slot].Id, slot, -1, null), values, offset, derived));
        }

        foreach (var reference in (predicate.Message?.Values ?? []).Concat(predicate.GapValues))
        {
            if (!used.Any(u => u.Id == reference.Id))
            {
                used.Add(Used(reference, values, offset, derived));
            }
        }

        var message = state switch
        {
            CriterionState.Passed => null,
            CriterionState.NotMet => predicate.Message?.In(language).Format(r => FormatValue(r, values, offset, derived) ?? Localizer.Format(language, nameof(Messages.Explain_MissingValue)))
                ?? Localizer.Format(language, nameof(Messages.Explain_NotMet), Label(predicate, language)),
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

    private (double Value, IndicatorDefinition Indicator) Read(ValueRef reference, double[] values, int offset, double[] derived) =>
        reference.Slot >= 0
            ? (values[offset + reference.Slot], _schema.Indicators[reference.Slot])
            : (derived[reference.DerivedIndex], _schema.Derived[reference.DerivedIndex]);

    private double? NumberOf(ValueRef reference, double[] values, int offset, double[] derived)
    {
        if (reference.Constant is { } constant)
        {
            return constant;
        }

        var (value, indicator) = Read(reference, values, offset, derived);
        return double.IsNaN(value) || indicator.Type is IndicatorType.Enumeration or IndicatorType.Text ? null : value;
    }

    private string? FormatValue(ValueRef reference, double[] values, int offset, double[] derived)
    {
        if (reference.Constant is { } constant)
        {
            return constant.ToString("#,0.##", CultureInfo.InvariantCulture);
        }

        var (value, indicator) = Read(reference, values, offset, derived);
        if (double.IsNaN(value))
        {
            return null;
        }

        return indicator.Type switch
        {
            IndicatorType.Boolean => value != 0 ? "true" : "false",
            IndicatorType.Enumeration or IndicatorType.Text => _schema.TextOf(reference.Slot, (int)value) ?? "(other)",
            IndicatorType.WholeNumber => value.ToString("0", CultureInfo.InvariantCulture),
            IndicatorType.Money => value.ToString("#,0.##", CultureInfo.InvariantCulture),
            _ => value.ToString("0.##", CultureInfo.InvariantCulture),
        };
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
}
