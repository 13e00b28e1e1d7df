using FiveStar.Criteria.Json;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>A category (star): its names, the plug-in that provides its indicators, its award rule, prerequisites and criteria.</summary>
public sealed class CategoryDefinition
{
    internal CategoryDefinition()
    {
    }

    /// <summary>Gets the category id, such as <c>industry_prosperity</c>.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Gets the star's names, such as 产业兴旺星 / Thriving Industry.</summary>
    public LocalizedText Name { get; internal init; } = null!;

    /// <summary>Gets a description of what the star assesses.</summary>
    public LocalizedText Description { get; internal init; } = LocalizedText.Empty;

    /// <summary>Gets the id of the plug-in whose indicators the criteria read, or <see langword="null"/> when none is needed.</summary>
    public string? Plugin { get; internal init; }

    /// <summary>Gets the rule that turns the criteria into the star.</summary>
    public AwardRule Award { get; internal init; } = AwardRule.AllCriteria;

    /// <summary>Gets the categories whose stars must be awarded first (prerequisites and capstones).</summary>
    public IReadOnlyList<string> Requires { get; internal init; } = [];

    /// <summary>Gets where the prerequisites come from.</summary>
    public Provenance? RequiresProvenance { get; internal init; }

    /// <summary>Gets the named expressions evaluated for this category only (a RulesEngine workflow's GlobalParams).</summary>
    public IReadOnlyList<ScopedParameter> GlobalParams { get; internal init; } = [];

    /// <summary>Gets the criteria, in document order, including disabled ones.</summary>
    public IReadOnlyList<CriterionDefinition> Criteria { get; internal init; } = null!;

    /// <summary>Gets where the category was written: the base's definition first, then each file that changed it.</summary>
    public SourceTrail Trail { get; internal init; } = SourceTrail.None;

    internal SourceRef? Source { get; init; }
}
