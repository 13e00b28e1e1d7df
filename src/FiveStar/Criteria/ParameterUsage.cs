using System.Text.RegularExpressions;
using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria;

/// <summary>Warns about parameters a file sets that nothing in the effective document reads (the criterion that used it disabled, a new parameter never referenced).</summary>
internal static class ParameterUsage
{
    public static void Check(List<ParameterDto>? written, CriteriaDocument document, CategoryCatalog catalog, bool warningsAsErrors, DiagnosticBag diagnostics)
    {
        if (written is null || written.Count == 0)
        {
            return;
        }

        var enabled = new List<string>();
        var disabled = new List<(string Id, string Text)>();
        enabled.AddRange(document.GlobalParams.Select(p => p.Expression));
        enabled.AddRange(document.Indicators.Select(i => i.Expression).OfType<string>());
        enabled.AddRange(document.Vetoes.Select(v => v.Expression));
        foreach (var category in document.Categories)
        {
            enabled.AddRange(category.GlobalParams.Select(p => p.Expression));
            enabled.AddRange((catalog.Find(category.Plugin ?? category.Id)?.Indicators ?? []).Select(i => i.Expression).OfType<string>());
            Collect(category.Criteria, true, enabled, disabled);
        }

        foreach (var parameter in written)
        {
            if (parameter?.Id is not { Length: > 0 } id)
            {
                continue;
            }

            var pattern = new Regex($@"(?<![\w$]){Regex.Escape(id)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (enabled.Any(pattern.IsMatch))
            {
                continue;
            }

            var readers = disabled.Where(d => pattern.IsMatch(d.Text)).Select(d => d.Id).Distinct(StringComparer.Ordinal).ToArray();
            var detail = readers.Length == 0 ? string.Empty : Localizer.Format(diagnostics.Language, nameof(Messages.Load_UnusedParameterDisabledReaders), string.Join(", ", readers));
            diagnostics.AddWarning(parameter.Source?.Child("id"), id, Localizer.Format(diagnostics.Language, nameof(Messages.Load_UnusedParameter), id, detail), warningsAsErrors);
        }
    }

    private static void Collect(IReadOnlyList<CriterionDefinition> criteria, bool parentEnabled, List<string> enabled, List<(string Id, string Text)> disabled)
    {
        foreach (var criterion in criteria)
        {
            var on = parentEnabled && criterion.Enabled;
            var texts = criterion.LocalParams.Select(p => p.Expression).Append(criterion.Expression).Append(criterion.ErrorMessage?.Zh).Append(criterion.ErrorMessage?.En).OfType<string>();
            if (on)
            {
                enabled.AddRange(texts);
            }
            else
            {
                disabled.AddRange(texts.Select(t => (criterion.Id, t)));
            }

            Collect(criterion.Rules, on, enabled, disabled);
        }
    }
}
