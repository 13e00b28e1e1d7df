using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>A named constant, typically a threshold, that criteria use and derived documents override.</summary>
/// <param name="Id">The name expressions use, such as <c>min_collective_income_yuan</c>.</param>
/// <param name="Name">Chinese and English names.</param>
/// <param name="Value">The value.</param>
/// <param name="Unit">The unit, in both languages.</param>
/// <param name="Minimum">The smallest valid value, if bounded.</param>
/// <param name="Maximum">The largest valid value, if bounded.</param>
/// <param name="Provenance">Where the value comes from.</param>
public sealed record ParameterDefinition(
    string Id,
    LocalizedText Name,
    double Value,
    LocalizedText Unit,
    double? Minimum,
    double? Maximum,
    Provenance? Provenance)
{
    /// <summary>Gets where the parameter was written: the standard's or plug-in's definition, then each file that changed it; <see cref="SourceTrail.WhereSet"/> with <c>value</c> tells which file set the value in force.</summary>
    public SourceTrail Trail { get; init; } = SourceTrail.None;
}
