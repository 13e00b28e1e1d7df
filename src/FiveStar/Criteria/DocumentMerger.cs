using FiveStar.Criteria.Json;

namespace FiveStar.Criteria;

/// <summary>
/// Lays one criteria document over another: members given by the overlay replace the base's, and lists of things with ids
/// (categories, rules, parameters, indicators, vetoes, scoped parameters) merge by id, field by field.
/// </summary>
internal static class DocumentMerger
{
    public static CriteriaDocumentDto Merge(CriteriaDocumentDto baseDocument, CriteriaDocumentDto overlay) => new()
    {
        Schema = overlay.Schema ?? baseDocument.Schema,
        SchemaVersion = overlay.SchemaVersion ?? baseDocument.SchemaVersion,
        Id = overlay.Id ?? baseDocument.Id,
        Name = overlay.Name ?? baseDocument.Name,
        Description = overlay.Description ?? baseDocument.Description,
        Region = overlay.Region ?? baseDocument.Region,
        Version = overlay.Version ?? baseDocument.Version,
        Period = overlay.Period ?? baseDocument.Period,
        Extends = overlay.Extends,
        MissingValues = overlay.MissingValues ?? baseDocument.MissingValues,
        Indicators = MergeById(baseDocument.Indicators, overlay.Indicators, i => i.Id, MergeIndicator),
        Parameters = MergeById(baseDocument.Parameters, overlay.Parameters, p => p.Id, MergeParameter),
        GlobalParams = MergeById(baseDocument.GlobalParams, overlay.GlobalParams, p => p.Name, (_, o) => o),
        Categories = MergeById(baseDocument.Categories, overlay.Categories, c => c.Id, MergeCategory),
        Vetoes = MergeById(baseDocument.Vetoes, overlay.Vetoes, v => v.Id, MergeVeto),
        Level = overlay.Level ?? baseDocument.Level,
    };

    public static CategoryDto MergeCategory(CategoryDto baseCategory, CategoryDto overlay) => new()
    {
        Id = overlay.Id ?? baseCategory.Id,
        Name = overlay.Name ?? baseCategory.Name,
        Description = overlay.Description ?? baseCategory.Description,
        Plugin = overlay.Plugin ?? baseCategory.Plugin,
        Award = overlay.Award ?? baseCategory.Award,
        Requires = overlay.Requires ?? baseCategory.Requires,
        RequiresProvenance = overlay.RequiresProvenance ?? baseCategory.RequiresProvenance,
        Enabled = overlay.Enabled ?? baseCategory.Enabled,
        GlobalParams = MergeById(baseCategory.GlobalParams, overlay.GlobalParams, p => p.Name, (_, o) => o),
        Rules = MergeById(baseCategory.Rules, overlay.Rules, r => r.EffectiveId, MergeRule),
        Source = SourceRef.Merge(overlay.Source ?? baseCategory.Source, baseCategory.Source, overlay.Source),
        Layers = Layers(baseCategory.Layers, baseCategory.Source, overlay.Layers, overlay.Source),
    };

    private static RuleDto MergeRule(RuleDto baseRule, RuleDto overlay)
    {
        // Point errors in the logic at the file that wrote the logic.
        var overlayWritesLogic = overlay.Expression is not null || overlay.LocalParams is not null || overlay.Rules is not null || overlay.Operator is not null;
        return new RuleDto
        {
            Id = overlay.Id ?? baseRule.Id,
            RuleName = overlay.Id is null ? overlay.RuleName ?? baseRule.RuleName : null,
            Name = overlay.Name ?? baseRule.Name,
            Description = overlay.Description ?? baseRule.Description,
            Expression = overlay.Operator is not null ? overlay.Expression : overlay.Expression ?? baseRule.Expression,
            RuleExpressionType = overlay.RuleExpressionType ?? baseRule.RuleExpressionType,
            LocalParams = overlay.LocalParams ?? baseRule.LocalParams,
            Operator = overlay.Expression is not null ? overlay.Operator : overlay.Operator ?? baseRule.Operator,
            Rules = overlay.Expression is not null ? overlay.Rules : MergeById(baseRule.Rules, overlay.Rules, r => r.EffectiveId, MergeRule),
            ErrorMessage = overlay.ErrorMessage ?? baseRule.ErrorMessage,
            SuccessEvent = overlay.SuccessEvent ?? baseRule.SuccessEvent,
            Enabled = overlay.Enabled ?? baseRule.Enabled,
            Properties = overlay.Properties ?? baseRule.Properties,
            Actions = overlay.Actions ?? baseRule.Actions,
            Points = overlay.Points ?? baseRule.Points,
            Required = overlay.Required ?? baseRule.Required,
            Provenance = overlay.Provenance ?? baseRule.Provenance,
            Source = SourceRef.Merge(overlayWritesLogic ? overlay.Source : baseRule.Source ?? overlay.Source, baseRule.Source, overlay.Source),
            Layers = Layers(baseRule.Layers, baseRule.Source, overlay.Layers, overlay.Source),
        };
    }

    private static IndicatorDto MergeIndicator(IndicatorDto baseIndicator, IndicatorDto overlay) => new()
    {
        Id = overlay.Id ?? baseIndicator.Id,
        Name = overlay.Name ?? baseIndicator.Name,
        Type = overlay.Type ?? baseIndicator.Type,
        Unit = overlay.Unit ?? baseIndicator.Unit,
        Min = overlay.Min ?? baseIndicator.Min,
        Max = overlay.Max ?? baseIndicator.Max,
        Required = overlay.Required ?? baseIndicator.Required,
        Values = overlay.Values ?? baseIndicator.Values,
        Expression = overlay.Expression ?? baseIndicator.Expression,
        Description = overlay.Description ?? baseIndicator.Description,
        Source = SourceRef.Merge(overlay.Source ?? baseIndicator.Source, baseIndicator.Source, overlay.Source),
    };

    private static ParameterDto MergeParameter(ParameterDto baseParameter, ParameterDto overlay) => new()
    {
        Id = overlay.Id ?? baseParameter.Id,
        Name = overlay.Name ?? baseParameter.Name,
        Value = overlay.Value ?? baseParameter.Value,
        Unit = overlay.Unit ?? baseParameter.Unit,
        Min = overlay.Min ?? baseParameter.Min,
        Max = overlay.Max ?? baseParameter.Max,
        Provenance = overlay.Provenance ?? baseParameter.Provenance,
        Source = SourceRef.Merge(overlay.Source ?? baseParameter.Source, baseParameter.Source, overlay.Source),
        Layers = Layers(baseParameter.Layers, baseParameter.Source, overlay.Layers, overlay.Source),
    };

    private static VetoDto MergeVeto(VetoDto baseVeto, VetoDto overlay) => new()
    {
        Id = overlay.Id ?? baseVeto.Id,
        Name = overlay.Name ?? baseVeto.Name,
        Expression = overlay.Expression ?? baseVeto.Expression,
        Scope = overlay.Scope ?? baseVeto.Scope,
        Category = overlay.Category ?? baseVeto.Category,
        Effect = overlay.Effect ?? baseVeto.Effect,
        CapLevel = overlay.CapLevel ?? baseVeto.CapLevel,
        Reason = overlay.Reason ?? baseVeto.Reason,
        Enabled = overlay.Enabled ?? baseVeto.Enabled,
        Provenance = overlay.Provenance ?? baseVeto.Provenance,
        Source = SourceRef.Merge(overlay.Expression is not null ? overlay.Source : baseVeto.Source ?? overlay.Source, baseVeto.Source, overlay.Source),
        Layers = Layers(baseVeto.Layers, baseVeto.Source, overlay.Layers, overlay.Source),
    };

    /// <summary>Each document's entry for a merged object, base first: what <see cref="SourceTrail"/> reports.</summary>
    public static List<SourceRef> Layers(List<SourceRef>? baseLayers, SourceRef? baseSource, List<SourceRef>? overlayLayers, SourceRef? overlaySource) =>
        [.. baseLayers ?? (baseSource is null ? [] : [baseSource]), .. overlayLayers ?? (overlaySource is null ? [] : [overlaySource])];

    private static List<T>? MergeById<T>(List<T>? baseItems, List<T>? overlayItems, Func<T, string?> idOf, Func<T, T, T> merge)
        where T : class
    {
        if (baseItems is null || overlayItems is null)
        {
            return overlayItems ?? baseItems;
        }

        var merged = new List<T>(baseItems);
        foreach (var item in overlayItems)
        {
            var id = item is null ? null : idOf(item);
            var index = id is null ? -1 : merged.FindIndex(b => b is not null && string.Equals(idOf(b), id, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                merged[index] = merge(merged[index], item!);
            }
            else
            {
                merged.Add(item!);
            }
        }

        return merged;
    }
}
