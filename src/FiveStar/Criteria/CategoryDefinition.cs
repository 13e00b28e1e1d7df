using FiveStar.Criteria.Json;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>A category (star): its names, the plug-in that provides its indicators, its award rule, prerequisites and criteria.</summary>
public sealed record CategoryDefinition
{
    /// <summary>Gets the category id, such as <c>industry_prosperity</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the star's names, such as 产业兴旺星 / Thriving Industry.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets a description of what the star assesses.</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    /// <summary>Gets the id of the plug-in whose indicators the criteria read, or <see langword="null"/> when none is needed.</summary>
    public string? Plugin { get; init; }

    /// <summary>Gets the rule that turns the criteria into the star.</summary>
    public AwardRule Award { get; init; } = AwardRule.AllCriteria;

    /// <summary>Gets the categories whose stars must be awarded first (prerequisites and capstones).</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>Gets where the prerequisites come from.</summary>
    public Provenance? RequiresProvenance { get; init; }

    /// <summary>Gets the named expressions evaluated for this category only (a RulesEngine workflow's GlobalParams).</summary>
    public IReadOnlyList<ScopedParameter> GlobalParams { get; init; } = [];

    /// <summary>Gets the criteria, in document order, including disabled ones.</summary>
    public required IReadOnlyList<CriterionDefinition> Criteria { get; init; }

    /// <summary>Gets where the category was written: the base's definition first, then each file that changed it.</summary>
    public SourceTrail Trail { get; init; } = SourceTrail.None;

    internal SourceRef? Source { get; init; }
}
