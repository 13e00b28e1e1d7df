using System.Runtime.CompilerServices;
using FiveStar.Criteria.Json;
using FiveStar.Indicators;

namespace FiveStar.Criteria;

/// <summary>
/// A plug-in's manifest read and built once per process: every <see cref="CategoryCatalog"/> (one per service
/// provider, and hosts, tests and benchmarks build many) otherwise parses and checks the same embedded JSON again.
/// Keyed weakly by the plug-in's type, so a plug-in loaded into a collectible context can still unload; an entry is
/// reused only for the same bytes, category id and message language, and only a manifest read without any diagnostic
/// is kept, so a faulty plug-in is still reported each time.
/// </summary>
internal static class ManifestCache
{
    private static readonly ConditionalWeakTable<Type, Entry[]> Entries = new();

    /// <summary>Finds what was built from these manifest bytes before.</summary>
    public static Entry? Find(Type pluginType, string categoryId, Text.Language language, byte[] bytes) =>
        Entries.TryGetValue(pluginType, out var entries)
            ? Array.Find(entries, e => e.Language == language && string.Equals(e.CategoryId, categoryId, StringComparison.Ordinal) && e.Bytes.AsSpan().SequenceEqual(bytes))
            : null;

    /// <summary>Keeps what was built from a manifest read without diagnostics.</summary>
    public static void Add(Type pluginType, Entry entry) =>
        Entries.AddOrUpdate(pluginType, Entries.TryGetValue(pluginType, out var entries) ? [.. entries.Take(7), entry] : [entry]);

    /// <summary>A manifest as read and built: the DTOs are shared read-only, as one catalog already shares them between documents.</summary>
    internal sealed record Entry(
        byte[] Bytes,
        string CategoryId,
        Text.Language Language,
        CriteriaDocumentDto Manifest,
        IReadOnlyList<IndicatorDefinition> Indicators,
        IReadOnlyList<ParameterDefinition> Parameters,
        IReadOnlyList<CriterionDefinition> Criteria);
}
