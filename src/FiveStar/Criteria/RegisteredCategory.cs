using System.Reflection;
using FiveStar.Criteria.Json;
using FiveStar.Indicators;
using FiveStar.Plugins;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>A category as a plug-in provides it: names, typed indicators (derived ones included), allowed helpers and default criteria.</summary>
public sealed class RegisteredCategory
{
    internal RegisteredCategory(CategoryPlugin plugin, string id, IReadOnlyList<MethodInfo> helpers, CriteriaDocumentDto manifest, CategoryDto category, IReadOnlyList<IndicatorDefinition> indicators)
    {
        Plugin = plugin;
        Manifest = manifest;
        DefaultCategory = category;
        Indicators = indicators;
        Id = id;
        Name = Criteria.TextParsing.ToText(category.Name, id);
        Description = Criteria.TextParsing.ToText(category.Description);
        Helpers = helpers;
    }

    /// <summary>Gets the category id.</summary>
    public string Id { get; }

    /// <summary>Gets the parameters (thresholds) the plug-in declares, with their default values, which documents override by id.</summary>
    public IReadOnlyList<Criteria.ParameterDefinition> Parameters { get; internal init; } = [];

    /// <summary>Gets the plug-in's default criteria of its category, which documents override, disable or add to by id.</summary>
    public IReadOnlyList<Criteria.CriterionDefinition> DefaultCriteria { get; internal init; } = [];

    /// <summary>Gets the star's names.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets what the star assesses.</summary>
    public LocalizedText Description { get; }

    /// <summary>Gets the indicators the plug-in declares, derived ones included.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Gets the static methods criteria may call.</summary>
    public IReadOnlyList<MethodInfo> Helpers { get; }

    /// <summary>Gets the plug-in instance.</summary>
    public CategoryPlugin Plugin { get; }

    /// <summary>Gets the file or assembly the plug-in came from, for messages.</summary>
    public string Origin => Plugin.GetType().Assembly is { Location.Length: > 0 } assembly ? assembly.Location : Plugin.GetType().Assembly.GetName().Name ?? Id;

    internal CriteriaDocumentDto Manifest { get; }

    internal CategoryDto DefaultCategory { get; }
}
