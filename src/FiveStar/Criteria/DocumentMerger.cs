using FiveStar.Criteria.Json;

namespace FiveStar.Criteria;

/// <summary>
/// Lays one criteria document over another by the one rule of <see cref="MergePlan"/>: members the overlay writes
/// replace the base's, and lists of things with ids (categories, rules, parameters, indicators, vetoes, scoped
/// parameters) merge by id. The JSON model's attributes say which lists have ids and which members are alternatives.
/// </summary>
internal static class DocumentMerger
{
    public static CriteriaDocumentDto Merge(CriteriaDocumentDto baseDocument, CriteriaDocumentDto overlay) => MergePlan.Merge(baseDocument, overlay);

    /// <summary>Lays a document's category over a plug-in's default category of the same id.</summary>
    public static CategoryDto MergeCategory(CategoryDto baseCategory, CategoryDto overlay) => MergePlan.Merge(baseCategory, overlay);
}
