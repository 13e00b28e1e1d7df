using FiveStar.Compilation.Plan;
using FiveStar.Criteria;
using FiveStar.Criteria.Json;
using FiveStar.Villages;

namespace FiveStar.Compilation.Binding;

/// <summary>
/// Finds the named values an explanation shows: the placeholders of a criterion's ErrorMessage and the derived indicators
/// its comparisons read, each as a reported slot, a derived indicator or a parameter constant.
/// </summary>
internal static class ValueResolver
{
    /// <summary>Parses a criterion's ErrorMessage in each language it is given in, or returns <see langword="null"/> when it has none or after reporting an unknown placeholder.</summary>
    public static LocalizedMessage? Template(ExpressionBinder binder, IndicatorSchema schema, CriteriaDocument document, FiveStar.Text.LocalizedText? text, SourceRef? source, string id, DiagnosticBag diagnostics)
    {
        var zh = string.IsNullOrEmpty(text?.Zh) ? null : text.Zh;
        var en = string.IsNullOrEmpty(text?.En) ? null : text.En;
        if (zh is null && en is null)
        {
            return null;
        }

        try
        {
            var zhTemplate = zh is null ? null : MessageTemplate.Parse(zh, name => ResolveValue(schema, document, name), binder.KnownNames([]), binder.Language);

            // A plain string stands for both languages: parsed (and its problems reported) once.
            var enTemplate = en is null ? null : string.Equals(en, zh, StringComparison.Ordinal) ? zhTemplate
                : MessageTemplate.Parse(en, name => ResolveValue(schema, document, name), binder.KnownNames([]), binder.Language);
            return new LocalizedMessage(zhTemplate, enTemplate);
        }
        catch (CompileException exception)
        {
            diagnostics.Add(source?.Child("errorMessage"), id, exception.Message);
            return null;
        }
    }

    /// <summary>The derived indicators a criterion's comparisons read (its reported ones are among its slots already).</summary>
    public static ValueRef[] GapValues(GapTerm term, IndicatorSchema schema, CriteriaDocument document)
    {
        var ids = new List<string>();
        void Collect(GapTerm t)
        {
            switch (t)
            {
                case GapComparison c:
                    ids.Add(c.IndicatorId);
                    break;
                case GapTextMatch x:
                    ids.Add(x.IndicatorId);
                    break;
                case GapCombination combination:
                    foreach (var part in combination.Parts)
                    {
                        Collect(part);
                    }

                    break;
            }
        }

        Collect(term);
        return ids.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(id => ResolveValue(schema, document, id))
            .OfType<ValueRef>()
            .Where(v => v.DerivedIndex >= 0)
            .ToArray();
    }

    private static ValueRef? ResolveValue(IndicatorSchema schema, CriteriaDocument document, string name)
    {
        var slot = schema.IndexOf(name);
        if (slot >= 0)
        {
            return new ValueRef(schema.Indicators[slot].Id, slot, -1, null);
        }

        for (var i = 0; i < schema.Derived.Count; i++)
        {
            if (string.Equals(schema.Derived[i].Id, name, StringComparison.OrdinalIgnoreCase))
            {
                return new ValueRef(schema.Derived[i].Id, -1, i, null);
            }
        }

        var parameter = document.Parameters.FirstOrDefault(p => string.Equals(p.Id, name, StringComparison.OrdinalIgnoreCase));
        return parameter is null ? null : new ValueRef(parameter.Id, -1, -1, parameter.Value);
    }
}
