using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria;

/// <summary>
/// Checks the entries of a document that <c>extends</c> another: an entry whose id matches nothing in the base (with its
/// plug-ins' defaults) would silently add an unused element, so it is an error with the nearest base id, unless it is a
/// complete new element (a parameter with a value and a name, a criterion with an expression or nested rules, a veto with
/// an expression, a category with criteria or a plug-in, an indicator with a name). Entries found wrong are left out of
/// the merge, so that one misspelt id gives one error rather than a cascade.
/// </summary>
internal static class OverrideChecker
{
    public static void Check(CriteriaDocumentDto baseDocument, CriteriaDocumentDto overlay, SourceRef overlayRoot, string baseName, CategoryCatalog catalog, DiagnosticBag diagnostics)
    {
        var language = diagnostics.Language;
        var baseCategories = (baseDocument.Categories ?? []).Where(c => c?.Id is not null).ToList();
        var plugins = baseCategories.Concat(overlay.Categories ?? [])
            .Where(c => c is not null)
            .Select(c => catalog.Find(c.Plugin ?? c.Id))
            .OfType<RegisteredCategory>()
            .Distinct()
            .ToList();

        var parameterIds = (baseDocument.Parameters ?? []).Select(p => p?.Id).Concat(plugins.SelectMany(p => p.Manifest.Parameters ?? []).Select(p => p?.Id)).OfType<string>().ToList();
        overlay.Parameters = Keep(overlay.Parameters, overlayRoot, "parameters", p => p.Id, parameterIds, p => p.Value is not null && !TextParsing.IsEmpty(p.Name), diagnostics, (p, source) =>
            diagnostics.AddDeferred(source.Child("id"), p.Id, Localizer.Format(language, nameof(Messages.Load_OverrideUnknownParameter), p.Id, baseName, IdSuggestion.Hint(language, p.Id, parameterIds))));

        var indicatorIds = (baseDocument.Indicators ?? []).Select(i => i?.Id).Concat(plugins.SelectMany(p => p.Manifest.Indicators ?? []).Select(i => i?.Id)).OfType<string>().ToList();
        overlay.Indicators = Keep(overlay.Indicators, overlayRoot, "indicators", i => i.Id, indicatorIds, i => !TextParsing.IsEmpty(i.Name), diagnostics, (i, source) =>
            diagnostics.AddDeferred(source.Child("id"), i.Id, Localizer.Format(language, nameof(Messages.Load_OverrideUnknownIndicator), i.Id, baseName, IdSuggestion.Hint(language, i.Id, indicatorIds))));

        var vetoIds = (baseDocument.Vetoes ?? []).Select(v => v?.Id).OfType<string>().ToList();
        overlay.Vetoes = Keep(overlay.Vetoes, overlayRoot, "vetoes", v => v.Id, vetoIds, v => !string.IsNullOrWhiteSpace(v.Expression), diagnostics, (v, source) =>
            diagnostics.AddDeferred(source.Child("id"), v.Id, Localizer.Format(language, nameof(Messages.Load_OverrideUnknownVeto), v.Id, baseName, IdSuggestion.Hint(language, v.Id, vetoIds), IdSuggestion.List(language, vetoIds))));

        var categoryIds = baseCategories.Select(c => c.Id).OfType<string>().ToList();
        // A new star has a name, a plug-in or criteria of its own; an entry of overrides only (no name, rules without
        // expressions) under an id the base lacks is a misspelt base category.
        overlay.Categories = Keep(overlay.Categories, overlayRoot, "categories", c => c.Id, categoryIds, c => !TextParsing.IsEmpty(c.Name) || catalog.Find(c.Plugin ?? c.Id) is not null || (c.Rules ?? []).Any(IsNewRule), diagnostics, (c, source) =>
            diagnostics.AddDeferred(source.Child("id"), c.Id, Localizer.Format(language, nameof(Messages.Load_OverrideUnknownCategory), c.Id, baseName, IdSuggestion.Hint(language, c.Id, categoryIds.Concat(catalog.Categories.Select(p => p.Id))), IdSuggestion.List(language, categoryIds))));

        foreach (var category in overlay.Categories ?? [])
        {
            var baseCategory = baseCategories.FirstOrDefault(c => string.Equals(c.Id, category?.Id, StringComparison.OrdinalIgnoreCase));
            if (category?.Rules is null || baseCategory is null)
            {
                continue;
            }

            // The base's criteria of the category: its own, over the defaults of the plug-in of the same id.
            var plugin = catalog.Find(baseCategory.Plugin ?? baseCategory.Id);
            var baseRules = new List<RuleDto>();
            if (plugin is not null && string.Equals(plugin.Id, baseCategory.Id, StringComparison.OrdinalIgnoreCase))
            {
                baseRules.AddRange(plugin.DefaultCategory.Rules ?? []);
            }

            baseRules.AddRange(baseCategory.Rules ?? []);
            category.Rules = CheckRules(category.Rules, baseRules, category.Source ?? overlayRoot, category.Id!, baseName, diagnostics);
        }
    }

    private static List<RuleDto>? CheckRules(List<RuleDto> rules, List<RuleDto> baseRules, SourceRef parent, string categoryId, string baseName, DiagnosticBag diagnostics)
    {
        var language = diagnostics.Language;
        var ids = baseRules.Where(r => r is not null).Select(r => r.EffectiveId).OfType<string>().ToList();
        var kept = Keep(rules, parent, "rules", r => r.EffectiveId, ids, IsNewRule, diagnostics, (r, source) =>
            diagnostics.AddDeferred(source, r.EffectiveId, Localizer.Format(language, nameof(Messages.Load_OverrideUnknownCriterion), r.EffectiveId, categoryId, baseName, IdSuggestion.Hint(language, r.EffectiveId, ids), IdSuggestion.List(language, ids))));
        foreach (var rule in kept ?? [])
        {
            // Nested rules of an override merge by id into the base rule's nested rules (unless the override writes new logic).
            if (rule?.Rules is null || !string.IsNullOrWhiteSpace(rule.Expression))
            {
                continue;
            }

            var matches = baseRules.Where(b => b is not null && string.Equals(b.EffectiveId, rule.EffectiveId, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count > 0)
            {
                rule.Rules = CheckRules(rule.Rules, matches.SelectMany(b => b.Rules ?? []).ToList(), rule.Source ?? parent, categoryId, baseName, diagnostics);
            }
        }

        return kept;
    }

    /// <summary>Keeps the entries that match a base id or are complete new elements; reports and drops the others.</summary>
    private static List<T>? Keep<T>(List<T>? items, SourceRef parent, string member, Func<T, string?> idOf, List<string> baseIds, Func<T, bool> isComplete, DiagnosticBag diagnostics, Action<T, SourceRef> report)
        where T : class
    {
        if (items is null)
        {
            return null;
        }

        var kept = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var id = item is null ? null : idOf(item);
            if (item is null || string.IsNullOrWhiteSpace(id) || baseIds.Contains(id, StringComparer.OrdinalIgnoreCase) || isComplete(item))
            {
                // Entries without an id are the builder's to report.
                kept.Add(item!);
                continue;
            }

            var source = SourceOf(item) ?? parent.Item(member, i);
            if (!Completing.Any(m => diagnostics.GivesUnreadable(source, m)))
            {
                // Otherwise the entry meant to be new and the reader has reported why it is not: one cause, one error.
                report(item, source);
            }
        }

        return kept;
    }

    /// <summary>The members that make an entry a complete new element.</summary>
    private static readonly string[] Completing = ["expression", "rules", "value", "name", "plugin"];

    private static bool IsNewRule(RuleDto? rule) => rule is not null && (!string.IsNullOrWhiteSpace(rule.Expression) || rule.Rules is { Count: > 0 });

    private static SourceRef? SourceOf(object item) => MergePlan.For(item.GetType()).SourceOf(item);
}
