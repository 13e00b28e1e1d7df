using System.Globalization;
using System.Text.RegularExpressions;
using FiveStar.Criteria;
using FiveStar.Rating;

namespace FiveStar.Cli.Analysis;

/// <summary>
/// Works out what a village lacks for each star it does not hold, cheapest star first: which criteria to fix and, for
/// comparisons of an indicator with a threshold, by how much ("150,000 of 200,000: 50,000 short").
/// </summary>
internal static partial class GapAnalyzer
{
    public static IReadOnlyList<StarGap> Analyze(VillageRating rating, StarRater rater, Language language)
    {
        var gaps = new List<StarGap>();
        foreach (var category in rating.Categories.Where(c => !c.Awarded))
        {
            var definition = rater.Categories.First(c => c.Id == category.Id);
            var unmet = category.Criteria.Where(c => c.State != CriterionState.Passed)
                .Select(c => Describe(c, definition, rater, language))
                .OrderBy(s => s.Relative ?? double.MaxValue)
                .ToList();
            var toFix = definition.Award.Kind switch
            {
                AwardKind.AtLeast => Math.Max(0, (definition.Award.Count ?? 0) - category.Criteria.Count(c => c.State == CriterionState.Passed)),
                AwardKind.Points => PointsToFix(category, definition, unmet),
                _ => unmet.Count,
            };
            var blocker = category.Outcome switch
            {
                CategoryOutcome.PrerequisiteNotMet or CategoryOutcome.Vetoed or CategoryOutcome.RatingVoided => category.Reason,
                _ => null,
            };
            var chosen = definition.Award.Kind == AwardKind.All ? unmet : unmet.Take(Math.Max(toFix, 1)).ToList();
            gaps.Add(new StarGap(category.Id, definition.Name.In(language.Code), toFix, chosen, blocker));
        }

        return gaps.OrderBy(g => g.Blocker is null ? 0 : 1).ThenBy(g => g.CriteriaToFix).ThenBy(g => g.Shortfalls.Sum(s => s.Relative ?? 1)).ToList();
    }

    private static int PointsToFix(CategoryRating category, CategoryDefinition definition, List<Shortfall> unmet)
    {
        var required = definition.Award.Required.Count(r => category.Criteria.Any(c => c.Id == r && c.State != CriterionState.Passed));
        var missingPoints = (definition.Award.Threshold ?? 0) - (category.Points ?? 0);
        var fixes = 0;
        foreach (var criterion in definition.Criteria.Where(c => unmet.Any(u => u.CriterionId == c.Id)).OrderByDescending(c => c.Points ?? 0))
        {
            if (missingPoints <= 0)
            {
                break;
            }

            missingPoints -= criterion.Points ?? 0;
            fixes++;
        }

        return Math.Max(required, fixes);
    }

    private static Shortfall Describe(CriterionResult result, CategoryDefinition category, StarRater rater, Language language)
    {
        var definition = category.Criteria.FirstOrDefault(c => c.Id == result.Id);
        var values = result.Values.ToDictionary(v => v.Id, v => v.Value, StringComparer.OrdinalIgnoreCase);
        var name = definition?.Name.In(language.Code) is { Length: > 0 } n ? $"{result.Id} {n}" : result.Id;
        if (result.State == CriterionState.Missing)
        {
            return new Shortfall(result.Id, $"{name}: {result.Message}", null);
        }

        var parts = new List<string>();
        double? worst = null;
        foreach (Match match in Comparison().Matches(definition?.Expression ?? string.Empty))
        {
            var left = Strip(match.Groups["left"].Value);
            var op = match.Groups["op"].Value;
            var right = Strip(match.Groups["right"].Value);
            if (Number(values, left) is not { } actual || (Number(values, right) ?? Literal(right)) is not { } target)
            {
                continue;
            }

            var gap = op switch
            {
                ">=" => target - actual,
                ">" => target - actual + (target == Math.Floor(target) ? 1 : 0),
                "<=" => actual - target,
                "<" => actual - target + (target == Math.Floor(target) ? 1 : 0),
                "==" => actual == target ? 0 : Math.Abs(actual - target),
                _ => 0,
            };
            if (gap <= 0)
            {
                continue;
            }

            var known = Indicator(rater, left);
            var indicator = known?.Name.In(language.Code) ?? left;
            var unit = known?.Unit.In(language.Code) ?? string.Empty;
            parts.Add(op switch
            {
                "==" => language.T($"{indicator} 为 {Format(actual)}{unit}，应为 {Format(target)}{unit}", $"{indicator} is {Format(actual)} {unit}, must be {Format(target)}"),
                ">=" or ">" => language.T($"{indicator} {Format(actual)}{unit}，需 {op} {Format(target)}{unit}，差 {Format(gap)}", $"{indicator} {Format(actual)} of {Format(target)} {unit}: {Format(gap)} short"),
                _ => language.T($"{indicator} {Format(actual)}{unit}，需 {op} {Format(target)}{unit}，超出 {Format(gap)}", $"{indicator} {Format(actual)}, must be {op} {Format(target)} {unit}: {Format(gap)} over"),
            });
            var relative = target == 0 ? 1 : gap / Math.Abs(target);
            worst = Math.Max(worst ?? 0, relative);
        }

        foreach (var flag in values.Where(v => v.Value == "false"))
        {
            if ((definition?.Expression ?? string.Empty).Contains(flag.Key, StringComparison.OrdinalIgnoreCase))
            {
                var indicator = Indicator(rater, flag.Key)?.Name.In(language.Code) ?? flag.Key;
                parts.Add(language.T($"尚无：{indicator}", $"lacks: {indicator}"));
                worst = Math.Max(worst ?? 0, 1);
            }
        }

        var detail = parts.Count > 0 ? string.Join(language.T("；", "; "), parts) : result.Message ?? language.T("未达标", "not met");
        return new Shortfall(result.Id, $"{name}: {detail}", worst);
    }

    private static Indicators.IndicatorDefinition? Indicator(StarRater rater, string id) =>
        rater.Schema.Indicators.Concat(rater.Schema.Derived).FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase));

    private static string Strip(string name) => name.StartsWith("input1.", StringComparison.OrdinalIgnoreCase) ? name["input1.".Length..] : name;

    private static double? Number(Dictionary<string, string?> values, string name) =>
        values.TryGetValue(name, out var text) && double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static double? Literal(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<left>[A-Za-z_][A-Za-z0-9_.]*)\s*(?<op>>=|<=|==|>|<)\s*(?<right>[A-Za-z_][A-Za-z0-9_.]*|-?\d+(\.\d+)?)")]
    private static partial Regex Comparison();
}
