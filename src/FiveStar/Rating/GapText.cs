using System.Globalization;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>The sentences gap analysis gives people, from the resources, in Chinese or English.</summary>
internal static class GapText
{
    public static string Shortfall(ValueShortfall shortfall, bool flag, Language language)
    {
        var name = shortfall.IndicatorName.In(language);
        if (flag)
        {
            var wanted = shortfall.Comparison == ComparisonKind.EqualTo ? shortfall.Target != 0 : shortfall.Target == 0;
            return Localizer.Format(language, wanted ? nameof(Messages.Gap_Lacks) : nameof(Messages.Gap_MustBeFalse), name);
        }

        var unit = shortfall.Unit.In(language);
        var actual = shortfall.Actual is { } a ? Format(a) : shortfall.ActualText ?? Localizer.Format(language, nameof(Messages.Gap_MissingValue));
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
        var text = shortfall.Comparison switch
        {
            ComparisonKind.EqualTo => Localizer.Format(language, nameof(Messages.Gap_MustEqual), name, actual, target, unit),
            ComparisonKind.NotEqualTo => Localizer.Format(language, nameof(Messages.Gap_MustNotEqual), name, actual, target),
            _ when difference is null => Localizer.Format(language, nameof(Messages.Gap_Needs), name, actual, op, target, unit),
            ComparisonKind.AtLeast or ComparisonKind.MoreThan => Localizer.Format(language, nameof(Messages.Gap_Short), name, actual, op, target, unit, difference),
            _ => Localizer.Format(language, nameof(Messages.Gap_Over), name, actual, op, target, unit, difference),
        };

        // An indicator without a unit leaves the unit's place empty: no doubled or dangling spaces.
        return text.Replace("  ", " ", StringComparison.Ordinal).Replace(" :", ":", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal).TrimEnd();
    }

    public static string Join(IEnumerable<string> parts, Language language) =>
        string.Join(Localizer.Format(language, nameof(Messages.Gap_DetailSeparator)), parts);

    public static string NotMet(Language language) => Localizer.Format(language, nameof(Messages.Gap_NotMet));

    public static string RequiresFirst(IEnumerable<string> stars, Language language) =>
        Localizer.Format(language, nameof(Messages.Gap_RequiresFirst), string.Join(Localizer.Format(language, nameof(Messages.Gap_NameSeparator)), stars));

    public static string Vetoed(IEnumerable<string> reasons, Language language) =>
        Localizer.Format(language, nameof(Messages.Gap_Vetoed), Join(reasons, language));

    public static string RatingVoided(IEnumerable<string> reasons, Language language) =>
        Localizer.Format(language, nameof(Messages.Gap_RatingVoided), Join(reasons, language));

    private static string Format(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
