using FiveStar.Compilation.Plan;
using FiveStar.Indicators;
using FiveStar.Rating;

namespace FiveStar.Villages.Generation;

/// <summary>
/// Builds each reported indicator's <see cref="ValueLine"/> from what the compiled criteria compare it with: the
/// thresholds (constants and parameters, as bound), the direction that meets the criteria, and the enumeration values
/// and text constants they test. Vetoes count the other way round: what a veto looks for is the worse side.
/// </summary>
internal static class ValueLines
{
    /// <summary>The width of a number range when neither the indicator nor its thresholds bound it.</summary>
    private const double DefaultSpan = 100;

    /// <summary>The same for an amount of money, in yuan.</summary>
    private const double MoneySpan = 100_000;

    public static ValueLine[] Build(StarRater rater, VillageBatch? sample)
    {
        var schema = rater.Schema;
        var facts = new SlotFacts[schema.Count];
        for (var s = 0; s < facts.Length; s++)
        {
            facts[s] = new SlotFacts();
        }

        foreach (var predicate in rater.Predicates)
        {
            Collect(schema, predicate.Node.Gap, predicate.VetoIndex >= 0, facts);
        }

        if (sample is not null)
        {
            Observe(sample, facts);
        }

        var lines = new ValueLine[schema.Count];
        for (var s = 0; s < lines.Length; s++)
        {
            lines[s] = LineOf(schema, s, facts[s]);
        }

        return lines;
    }

    private static ValueLine LineOf(IndicatorSchema schema, int slot, SlotFacts facts)
    {
        var indicator = schema.Indicators[slot];
        switch (indicator.Type)
        {
            case IndicatorType.Boolean:
                return ValueLine.Boolean(facts.Direction >= 0);
            case IndicatorType.Enumeration:
            {
                var codes = Enumerable.Range(0, indicator.Values.Count).ToArray();
                return ValueLine.Codes(codes.OrderBy(c => facts.CodeScore(c)).ThenBy(c => c));
            }

            case IndicatorType.Text:
            {
                // The constants the criteria compare with, and -1: any other text.
                var codes = new List<int> { -1 };
                for (var c = 0; schema.TextOf(slot, c) is not null; c++)
                {
                    codes.Add(c);
                }

                return ValueLine.Codes(codes.OrderBy(c => facts.CodeScore(c)).ThenBy(c => c));
            }

            default:
            {
                var (low, high) = RangeOf(indicator, facts);
                return ValueLine.Numbers(indicator.Type, low, high, facts.Thresholds, facts.Equalities, facts.Direction >= 0);
            }
        }
    }

    /// <summary>
    /// The range values are drawn from: the observed range of a sample when there is one, else the valid range, else
    /// from zero (or the lowest threshold) to twice the highest threshold; thresholds always fall inside it.
    /// </summary>
    private static (double Low, double High) RangeOf(IndicatorDefinition indicator, SlotFacts facts)
    {
        var thresholds = facts.Thresholds;
        var lowest = thresholds.Count > 0 ? thresholds.Min() : 0;
        var highest = thresholds.Count > 0 ? thresholds.Max() : 0;
        var low = facts.ObservedLow ?? indicator.EffectiveMinimum ?? Math.Min(0, lowest - Math.Abs(lowest));
        var span = indicator.Type == IndicatorType.Money ? MoneySpan : DefaultSpan;
        var high = facts.ObservedHigh ?? indicator.EffectiveMaximum ?? (thresholds.Count > 0 ? highest + Math.Max(highest - low, 4) : low + span);
        if (facts.ObservedLow is { } seenLow && facts.ObservedHigh is { } seenHigh && thresholds.Count > 0)
        {
            // A sample's range, widened past a threshold outside it (so both sides occur), within the valid range.
            var margin = Math.Max((highest - lowest) / 4, 1);
            low = lowest <= seenLow ? Math.Max(lowest - margin, indicator.EffectiveMinimum ?? double.NegativeInfinity) : seenLow;
            high = highest >= seenHigh ? Math.Min(highest + margin, indicator.EffectiveMaximum ?? double.PositiveInfinity) : seenHigh;
        }

        if (indicator.EffectiveMaximum is { } max && indicator.EffectiveMinimum is not null && facts.ObservedLow is null && thresholds.Count > 0 && max - low > 1000 * Math.Max(highest - low, 1))
        {
            // A huge valid range with a low threshold: most values would sit far above it and say nothing.
            high = highest + Math.Max(highest - low, 4);
        }

        return (low, Math.Max(low, high));
    }

    private static void Observe(VillageBatch sample, SlotFacts[] facts)
    {
        for (var s = 0; s < facts.Length; s++)
        {
            for (var row = 0; row < sample.Count; row++)
            {
                var value = sample.Get(row, s);
                if (!double.IsNaN(value))
                {
                    facts[s].ObservedLow = Math.Min(facts[s].ObservedLow ?? value, value);
                    facts[s].ObservedHigh = Math.Max(facts[s].ObservedHigh ?? value, value);
                }
            }
        }
    }

    private static void Collect(IndicatorSchema schema, GapTerm term, bool veto, SlotFacts[] facts)
    {
        switch (term)
        {
            case GapCombination combination:
                foreach (var part in combination.Parts)
                {
                    Collect(schema, part, veto, facts);
                }

                break;
            case GapComparison comparison when schema.IndexOf(comparison.IndicatorId) is var slot and >= 0:
            {
                var facts1 = facts[slot];
                var sign = veto ? -1 : 1;
                facts1.Thresholds.Add(comparison.Target);
                switch (comparison.Comparison)
                {
                    case ComparisonKind.AtLeast or ComparisonKind.MoreThan:
                        facts1.Direction += sign;
                        break;
                    case ComparisonKind.AtMost or ComparisonKind.LessThan:
                        facts1.Direction -= sign;
                        break;
                    default:
                        // "== 0" on a count: the good side is the low end; "== 1" on a flag: the high end.
                        facts1.Equalities.Add(comparison.Target);
                        var towardsHigh = comparison.Target > 0 ? 1 : -1;
                        facts1.Direction += (comparison.Comparison == ComparisonKind.EqualTo ? sign : -sign) * towardsHigh;
                        break;
                }

                break;
            }

            case GapTextMatch match when schema.IndexOf(match.IndicatorId) is var slot and >= 0:
            {
                var code = schema.CodeOf(slot, match.Value);
                if (code >= 0)
                {
                    facts[slot].Scores[code] = facts[slot].CodeScore(code) + ((match.Equal ? 1 : -1) * (veto ? -1 : 1));
                }

                break;
            }
        }
    }

    private sealed class SlotFacts
    {
        public List<double> Thresholds { get; } = [];

        public HashSet<double> Equalities { get; } = [];

        public Dictionary<int, int> Scores { get; } = [];

        public int Direction { get; set; }

        public double? ObservedLow { get; set; }

        public double? ObservedHigh { get; set; }

        public int CodeScore(int code) => Scores.TryGetValue(code, out var score) ? score : 0;
    }
}
