using System.Reflection;
using FiveStar.Criteria;
using FiveStar.Criteria.Json;
using FiveStar.Indicators;
using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Compilation.Schema;

/// <summary>
/// The first stage of compiling: what a document's expressions can read. The indicators of the plug-ins its categories
/// name, those declared in code and in the document (for a RulesEngine file, the data's columns instead) and the helpers
/// the plug-ins allow.
/// </summary>
internal sealed class SchemaResolver
{
    /// <summary>The most indicators (or data columns of a RulesEngine file) a document can read.</summary>
    private const int MaxIndicators = 65_000;
    private readonly CategoryCatalog _catalog;
    private readonly Language _language;

    /// <summary>Initializes a new instance of the <see cref="SchemaResolver"/> class.</summary>
    /// <param name="catalog">The categories plug-ins provide, with their indicators and helpers.</param>
    /// <param name="language">The language of messages.</param>
    public SchemaResolver(CategoryCatalog catalog, Language language)
    {
        _catalog = catalog;
        _language = language;
    }

    /// <summary>Resolves the indicators and helpers of a document.</summary>
    /// <exception cref="CriteriaException">Indicators conflict, are too many, or a RulesEngine file came without its data's columns.</exception>
    public ResolvedSchema Resolve(CriteriaDocument document, IReadOnlyList<VillageColumn>? columns, DiagnosticBag diagnostics, SourceRef root)
    {
        var (reported, derived, helpers) = GatherIndicators(document, columns, diagnostics, root);
        if (reported.Count + derived.Count > MaxIndicators)
        {
            // Expressions are parsed against a generated type with one property per indicator, and a type holds at most 65,535 methods.
            diagnostics.Add(root, null, Localizer.Format(_language, nameof(Messages.Compile_TooManyIndicators), reported.Count + derived.Count, MaxIndicators));
        }

        diagnostics.ThrowIfAny();
        return new ResolvedSchema(reported, derived, helpers, HelperOwners(document));
    }

    /// <summary>Names the plug-in behind each helper, so a helper that throws while rating is reported with its plug-in.</summary>
    private Dictionary<MethodInfo, string> HelperOwners(CriteriaDocument document)
    {
        var owners = new Dictionary<MethodInfo, string>();
        foreach (var plugin in document.Categories.Select(c => _catalog.Find(c.Plugin)).OfType<RegisteredCategory>().Distinct())
        {
            foreach (var helper in plugin.Helpers)
            {
                owners.TryAdd(helper, $"{plugin.Id} ({plugin.Origin})");
            }
        }

        return owners;
    }

    private (List<IndicatorDefinition> Reported, List<IndicatorDefinition> Derived, List<MethodInfo> Helpers) GatherIndicators(
        CriteriaDocument document, IReadOnlyList<VillageColumn>? columns, DiagnosticBag diagnostics, SourceRef root)
    {
        var all = new Dictionary<string, IndicatorDefinition>(StringComparer.OrdinalIgnoreCase);
        var helpers = new List<MethodInfo>();
        var plugins = document.Categories.Select(c => _catalog.Find(c.Plugin)).OfType<RegisteredCategory>().Distinct().ToList();
        void Add(IndicatorDefinition indicator)
        {
            if (all.TryGetValue(indicator.Id, out var existing) && existing.Type != indicator.Type)
            {
                diagnostics.Add(root, indicator.Id, Localizer.Format(_language, nameof(Messages.Compile_IndicatorTypeConflict), indicator.Id, existing.Type, existing.DeclaredBy ?? "the document", indicator.Type, indicator.DeclaredBy ?? "the document"));
                return;
            }

            all[indicator.Id] = indicator;
        }

        foreach (var plugin in plugins)
        {
            foreach (var indicator in plugin.Indicators)
            {
                Add(indicator);
            }

            helpers.AddRange(plugin.Helpers);
        }

        foreach (var indicator in _catalog.DeclaredIndicators.Concat(document.Indicators))
        {
            Add(indicator);
        }

        if (document.FieldsFromData)
        {
            if (columns is null)
            {
                diagnostics.Add(root, null, Localizer.Format(_language, nameof(Messages.Compile_WorkflowNeedsColumns)));
                return ([], [], helpers);
            }

            // A RulesEngine file is self-contained: its fields are the data's columns, and the only thing a plug-in (or
            // AddIndicators) contributes is the kind of value of a reported indicator whose id names a column: number,
            // integer, true/false or text. No range, enumeration, derived formula, required flag, helper, parameter or
            // criterion comes with it, so nothing a plug-in declares can fail a town's file or its data.
            var declared = _catalog.Categories.SelectMany(c => c.Indicators).Concat(_catalog.DeclaredIndicators)
                .Where(i => !i.IsDerived)
                .DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
            all.Clear();
            helpers.Clear();
            foreach (var column in columns.Where(c => Criteria.TextParsing.IsIdentifier(c.Name)))
            {
                var isKnown = declared.TryGetValue(column.Name, out var known);
                all[column.Name] = new IndicatorDefinition
                {
                    Id = column.Name,
                    Name = new Text.LocalizedText(column.Name, column.Name),
                    Type = isKnown ? ValueKind(known!.Type) : column.Type,
                    DeclaredBy = isKnown ? known!.DeclaredBy : null,
                };
            }
        }

        var reported = all.Values.Where(i => !i.IsDerived).ToList();
        var derived = all.Values.Where(i => i.IsDerived).ToList();
        return (reported, derived, helpers.Distinct().ToList());
    }

    /// <summary>The kind of value an indicator type gives a RulesEngine data column: what RulesEngine's input would hold.</summary>
    private static IndicatorType ValueKind(IndicatorType type) => type switch
    {
        IndicatorType.Percent or IndicatorType.Money => IndicatorType.Number,
        IndicatorType.Enumeration => IndicatorType.Text,
        _ => type,
    };
}
