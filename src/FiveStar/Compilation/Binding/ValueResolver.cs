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
    /// <summary>Parses a criterion's ErrorMessage, or returns <see langword="null"/> when it has none or after reporting an unknown placeholder.</summary>
    public static MessageTemplate? Template(ExpressionBinder binder, IndicatorSchema schema, CriteriaDocument document, string? text, SourceRef? source, string id, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return MessageTemplate.Parse(text, name => ResolveValue(schema, document, name), binder.KnownNames([]), binder.Language);
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
