using FiveStar.Rating;

namespace FiveStar.Compilation.Plan;

/// <summary>
/// What a bound criterion tests, kept for gap analysis: comparisons of an indicator with a threshold (a constant or a
/// parameter, as bound), combined by and/or. Parts that are no such comparison are <see cref="GapOpaque"/>.
/// </summary>
internal abstract record GapTerm;

/// <summary>An indicator compared with a number (true/false as 1/0): <c>indicator comparison target</c>.</summary>
/// <param name="IndicatorId">The reported or derived indicator.</param>
/// <param name="Comparison">How it must compare.</param>
/// <param name="Target">The threshold as bound.</param>
/// <param name="ParameterId">The parameter the threshold comes from, if any.</param>
/// <param name="WholeNumbers">Whether both sides are whole numbers, so "more than 2" means 3.</param>
internal sealed record GapComparison(string IndicatorId, ComparisonKind Comparison, double Target, string? ParameterId, bool WholeNumbers) : GapTerm;

/// <summary>An enumeration or text indicator compared with a value.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Equal">Whether it must equal (or differ from) the value.</param>
/// <param name="Value">The value.</param>
internal sealed record GapTextMatch(string IndicatorId, bool Equal, string Value) : GapTerm;

/// <summary>Every part must hold (<c>and</c>) or at least one (<c>or</c>).</summary>
/// <param name="IsAnd">And (true) or or (false).</param>
/// <param name="Parts">The parts.</param>
internal sealed record GapCombination(bool IsAnd, IReadOnlyList<GapTerm> Parts) : GapTerm;

/// <summary>A part of a criterion that is not an indicator compared with a threshold.</summary>
internal sealed record GapOpaque : GapTerm
{
    public static GapOpaque Instance { get; } = new();
}
