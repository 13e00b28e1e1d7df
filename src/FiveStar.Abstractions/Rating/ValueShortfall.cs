using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>One comparison of an indicator with a threshold that a village fails: the value it has, the one it needs, and the difference.</summary>
public sealed class ValueShortfall
{
    /// <summary>Gets the indicator id.</summary>
    public required string IndicatorId { get; init; }

    /// <summary>Gets the indicator's name in Chinese and English.</summary>
    public required LocalizedText IndicatorName { get; init; }

    /// <summary>Gets the indicator's unit in Chinese and English (empty when it has none).</summary>
    public required LocalizedText Unit { get; init; }

    /// <summary>Gets how the indicator must compare with the target.</summary>
    public required ComparisonKind Comparison { get; init; }

    /// <summary>Gets the village's value (true is 1, false 0), or <see langword="null"/> when it is missing or is text.</summary>
    public double? Actual { get; init; }

    /// <summary>Gets the village's value as text, for enumeration and text indicators.</summary>
    public string? ActualText { get; init; }

    /// <summary>Gets the threshold the criterion compares with (true is 1, false 0), or <see langword="null"/> for a text target.</summary>
    public double? Target { get; init; }

    /// <summary>Gets the target value, for enumeration and text indicators.</summary>
    public string? TargetText { get; init; }

    /// <summary>Gets the parameter the threshold comes from, when it is a parameter rather than a constant.</summary>
    public string? ParameterId { get; init; }

    /// <summary>Gets how much the value must change to meet the comparison (always positive), when it is a number comparison with a known value.</summary>
    public double? Difference { get; init; }
}
