using FiveStar.Criteria.Awards;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>
/// Every enumerated word of the criteria format: the words each member accepts, the value each stands for, and the
/// message for any other word. A new word, or a new member of this kind, is one line here.
/// </summary>
internal static class Keywords
{
    /// <summary>An indicator's <c>type</c>; an absent type is a number.</summary>
    public static readonly KeywordTable<IndicatorType> IndicatorTypes = new(
        "type",
        nameof(Messages.Build_IndicatorTypeUnknown),
        IndicatorType.Number,
        ("number", IndicatorType.Number),
        ("integer", IndicatorType.WholeNumber),
        ("int", IndicatorType.WholeNumber),
        ("boolean", IndicatorType.Boolean),
        ("bool", IndicatorType.Boolean),
        ("percent", IndicatorType.Percent),
        ("money", IndicatorType.Money),
        ("enumeration", IndicatorType.Enumeration),
        ("enum", IndicatorType.Enumeration));

    /// <summary>A criterion's <c>operator</c> over its nested rules.</summary>
    public static readonly KeywordTable<RuleOperator> Operators = new(
        "operator",
        nameof(Messages.Build_OperatorUnknown),
        RuleOperator.And,
        ("And", RuleOperator.And),
        ("AndAlso", RuleOperator.And),
        ("Or", RuleOperator.Or),
        ("OrElse", RuleOperator.Or));

    /// <summary>A category's award <c>rule</c>: the words of the <see cref="AwardKindTable"/> table.</summary>
    public static readonly KeywordTable<AwardKind> AwardRules = new(
        "rule",
        nameof(Messages.Build_AwardRuleUnknown),
        AwardKindTable.All[0].Kind,
        [.. AwardKindTable.All.Select(r => (r.Word, r.Kind))]);

    /// <summary>A veto's <c>scope</c>.</summary>
    public static readonly KeywordTable<VetoScope> VetoScopes = new(
        "scope",
        nameof(Messages.Build_VetoScopeUnknown),
        VetoScope.Category,
        ("category", VetoScope.Category),
        ("rating", VetoScope.Rating));

    /// <summary>A veto's <c>effect</c>: the words of the <see cref="VetoEffectTable"/> table.</summary>
    public static readonly KeywordTable<VetoEffect> VetoEffects = new(
        "effect",
        nameof(Messages.Build_VetoEffectUnknown),
        VetoEffect.RevokeStar,
        [.. VetoEffectTable.All.Select(r => (r.Word, r.Effect))]);

    /// <summary>The level policy's <c>mode</c>.</summary>
    public static readonly KeywordTable<LevelMode> LevelModes = new(
        "mode",
        nameof(Messages.Build_LevelModeUnknown),
        LevelMode.StarCount,
        ("star_count", LevelMode.StarCount),
        ("stars", LevelMode.StarCount),
        ("score_bands", LevelMode.ScoreBands));

    /// <summary>The rating period's <c>kind</c>.</summary>
    public static readonly KeywordTable<PeriodKind> PeriodKinds = new(
        "kind",
        nameof(Messages.Build_PeriodKindUnknown),
        PeriodKind.Annual,
        ("annual", PeriodKind.Annual),
        ("yearly", PeriodKind.Annual),
        ("half_yearly", PeriodKind.HalfYearly),
        ("semiannual", PeriodKind.HalfYearly),
        ("quarterly", PeriodKind.Quarterly),
        ("biennial", PeriodKind.Biennial));

    /// <summary>A provenance's <c>status</c>; an absent status is not known.</summary>
    public static readonly KeywordTable<ProvenanceStatus> ProvenanceStatuses = new(
        "status",
        nameof(Messages.Build_ProvenanceStatusUnknown),
        ProvenanceStatus.Unspecified,
        ("sourced", ProvenanceStatus.Sourced),
        ("inferred", ProvenanceStatus.Inferred));

    /// <summary>The document's <c>missingValues</c> policy.</summary>
    public static readonly KeywordTable<MissingValuePolicy> MissingValuePolicies = new(
        "missingValues",
        nameof(Messages.Build_MissingValuesUnknown),
        MissingValuePolicy.NotMet,
        ("not_met", MissingValuePolicy.NotMet),
        ("met", MissingValuePolicy.Met));
}
