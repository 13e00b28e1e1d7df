using System.Globalization;

namespace FiveStar.Rating;

/// <summary>The sentences gap analysis gives people, in Chinese or English.</summary>
internal static class GapText
{
    public static string Shortfall(ValueShortfall shortfall, bool flag, bool english)
    {
        var name = shortfall.IndicatorName.In(english ? "en" : "zh");
        var unit = shortfall.Unit.In(english ? "en" : "zh");
        if (flag)
        {
            var wanted = shortfall.Comparison == ComparisonKind.EqualTo ? shortfall.Target != 0 : shortfall.Target == 0;
            return wanted
                ? (english ? $"lacks: {name}" : $"尚无：{name}")
                : (english ? $"{name} must be false" : $"{name} 应为否");
        }

        var actual = shortfall.Actual is { } a ? Format(a) : shortfall.ActualText ?? (english ? "(missing)" : "（缺失）");
        var target = shortfall.Target is { } t ? Format(t) : shortfall.TargetText ?? string.Empty;
        var op = shortfall.Comparison switch
        {
            ComparisonKind.AtLeast => ">=",
            ComparisonKind.MoreThan => ">",
            ComparisonKind.AtMost => "<=",
            ComparisonKind.LessThan => "<",
            ComparisonKind.EqualTo => "==",
            _ => "!=",
        };
        var difference = shortfall.Difference is { } d ? Format(d) : null;
        return shortfall.Comparison switch
        {
            ComparisonKind.EqualTo => english ? $"{name} is {actual} {unit}, must be {target}".Replace("  ", " ", StringComparison.Ordinal) : $"{name} 为 {actual}{unit}，应为 {target}{unit}",
            ComparisonKind.NotEqualTo => english ? $"{name} is {actual}, must not be {target}" : $"{name} 为 {actual}，不应为 {target}",
            ComparisonKind.AtLeast or ComparisonKind.MoreThan => difference is null
                ? (english ? $"{name} {actual}, must be {op} {target} {unit}" : $"{name} {actual}，需 {op} {target}{unit}")
                : (english ? $"{name} {actual} of {target} {unit}: {difference} short" : $"{name} {actual}{unit}，需 {op} {target}{unit}，差 {difference}"),
            _ => difference is null
                ? (english ? $"{name} {actual}, must be {op} {target} {unit}" : $"{name} {actual}，需 {op} {target}{unit}")
                : (english ? $"{name} {actual}, must be {op} {target} {unit}: {difference} over" : $"{name} {actual}{unit}，需 {op} {target}{unit}，超出 {difference}"),
        };
    }

    public static string NotMet(bool english) => english ? "not met" : "未达标";

    public static string RequiresFirst(IEnumerable<string> stars, bool english) =>
        (english ? "requires first: " : "须先获得：") + string.Join(english ? ", " : "、", stars);

    public static string Vetoed(IEnumerable<string> reasons, bool english) =>
        (english ? "vetoed: " : "一票否决：") + string.Join("; ", reasons);

    public static string RatingVoided(IEnumerable<string> reasons, bool english) =>
        (english ? "the whole rating is voided by a veto: " : "因一票否决，评星结果作废：") + string.Join("; ", reasons);

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
