using FiveStar.Text;

namespace FiveStar.Indicators;

/// <summary>A typed village indicator that criteria read: its id, names, unit and valid range.</summary>
public sealed class IndicatorDefinition
{
    /// <summary>Gets the ASCII snake_case id used in data columns and expressions, such as <c>collective_income_yuan</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the indicator's Chinese and English names.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets the kind of value the indicator holds.</summary>
    public required IndicatorType Type { get; init; }

    /// <summary>Gets the unit in both languages, or <see cref="LocalizedText.Empty"/> when the value has none.</summary>
    public LocalizedText Unit { get; init; } = LocalizedText.Empty;

    /// <summary>Gets the smallest valid value, or <see langword="null"/> when unbounded below.</summary>
    public double? Minimum { get; init; }

    /// <summary>Gets the largest valid value, or <see langword="null"/> when unbounded above.</summary>
    public double? Maximum { get; init; }

    /// <summary>Gets a value indicating whether every village must report the indicator; a missing required value is a data problem.</summary>
    public bool Required { get; init; }

    /// <summary>Gets the allowed values of an <see cref="IndicatorType.Enumeration"/> indicator, in order.</summary>
    public IReadOnlyList<EnumerationValue> Values { get; init; } = [];

    /// <summary>Gets the expression that computes a derived indicator from others, or <see langword="null"/> for a reported one.</summary>
    public string? Expression { get; init; }

    /// <summary>Gets the id of the category plug-in that declared the indicator, or <see langword="null"/> when a document or the data did.</summary>
    public string? DeclaredBy { get; init; }

    /// <summary>Gets a value indicating whether the indicator is computed from others rather than reported.</summary>
    public bool IsDerived => Expression is not null;

    /// <summary>Gets the effective lower bound: the declared minimum, or 0 for percentages.</summary>
    public double? EffectiveMinimum => Minimum ?? (Type == IndicatorType.Percent ? 0 : null);

    /// <summary>Gets the effective upper bound: the declared maximum, or 100 for percentages.</summary>
    public double? EffectiveMaximum => Maximum ?? (Type == IndicatorType.Percent ? 100 : null);
}
