using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace FiveStar.Criteria.Json;

/// <summary>
/// How a document that <c>extends</c> another is laid over it, for one type of the JSON model, read from the
/// source-generated metadata (<see cref="CriteriaJsonContext"/>) and the merge attributes, so that a new member of the
/// format needs no merge code: a member the extending document writes replaces the base's (an object whole), a list of
/// elements with a <see cref="MergeKeyAttribute"/> id merges by id, a <see cref="MergeReplacesAttribute"/> drops the
/// base's alternatives, and a merged entry keeps where each document wrote it.
/// </summary>
internal sealed class MergePlan
{
    private static readonly ConcurrentDictionary<Type, MergePlan> Plans = new();
    private readonly Func<object> _create;
    private readonly PropertyInfo? _key;
    private readonly PropertyInfo? _source;
    private readonly PropertyInfo? _layers;

    private MergePlan(Type type)
    {
        var info = CriteriaJsonContext.Default.GetTypeInfo(type);
        if (info is not { Kind: JsonTypeInfoKind.Object, CreateObject: { } create })
        {
            throw new InvalidOperationException($"{type.Name} is not an object of the criteria JSON model.");
        }

        Type = type;
        _create = create;
        Members = [.. info.Properties.Where(p => !IsIgnored(type, p)).Select(p => new MergeMember(type, p))];
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        _key = KeyProperty(type);
        ReplacesEntry = _key?.GetCustomAttribute<MergeKeyAttribute>()!.ReplacesEntry ?? false;
        _source = properties.SingleOrDefault(p => p.PropertyType == typeof(SourceRef));
        _layers = properties.SingleOrDefault(p => p.PropertyType == typeof(List<SourceRef>));
        HasLogic = Members.Any(m => m.IsLogic);

        // A settable member outside the JSON model would be lost by merging: such a type is refused, not half merged.
        var unknown = properties.Where(p => p.SetMethod is { IsPublic: true } && p != _source && p != _layers && Members.All(m => m.Property != p)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{type.Name}.{unknown[0].Name} is not in the JSON model, so merging cannot know it.");
        }
    }

    /// <summary>Gets the type the plan merges.</summary>
    public Type Type { get; }

    /// <summary>Gets the members of the JSON model, in the metadata's order.</summary>
    public IReadOnlyList<MergeMember> Members { get; }

    /// <summary>Gets a value indicating whether an entry with a base entry's id replaces it whole instead of merging into it.</summary>
    public bool ReplacesEntry { get; }

    /// <summary>Gets a value indicating whether the type has members with its logic, whose writer a merged entry's source names.</summary>
    public bool HasLogic { get; }

    /// <summary>Gets the plan of a type of the JSON model.</summary>
    /// <exception cref="InvalidOperationException">The type is not an object of the model, or a member's merge is not declared.</exception>
    public static MergePlan For(Type type) => Plans.GetOrAdd(type, static t => new MergePlan(t));

    /// <summary>Lays <paramref name="overlay"/> over <paramref name="baseItem"/>; neither is changed.</summary>
    public static T Merge<T>(T baseItem, T overlay)
        where T : class => (T)For(typeof(T)).Merge(baseItem, overlay);

    /// <summary>Whether the metadata lists a member that JSON never reads or writes (<c>[JsonIgnore]</c>), such as where an entry was read.</summary>
    private static bool IsIgnored(Type type, JsonPropertyInfo property) =>
        (property.AttributeProvider as PropertyInfo ?? type.GetProperty(property.Name))?.IsDefined(typeof(JsonIgnoreAttribute)) == true;

    /// <summary>The member a type's lists merge by, or <see langword="null"/>.</summary>
    public static PropertyInfo? KeyProperty(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).SingleOrDefault(p => p.IsDefined(typeof(MergeKeyAttribute)));

    /// <summary>Gets an entry's id, or <see langword="null"/> when the type has none or the entry does not give it.</summary>
    public string? KeyOf(object item) => _key?.GetValue(item) as string;

    /// <summary>Gets where an entry was read, or <see langword="null"/>.</summary>
    public SourceRef? SourceOf(object item) => (SourceRef?)_source?.GetValue(item);

    /// <summary>Lays <paramref name="overlay"/> over <paramref name="baseItem"/> into a new entry; neither is changed.</summary>
    public object Merge(object baseItem, object overlay)
    {
        var merged = _create();
        var dropped = Members.Where(m => m.Get(overlay) is not null).SelectMany(m => m.Replaces).ToHashSet(StringComparer.Ordinal);
        foreach (var member in Members)
        {
            var written = member.Get(overlay);
            var inherited = dropped.Contains(member.Name) ? null : member.Get(baseItem);
            member.Set(merged, member.Kind == MergeKind.MergedById ? MergeById(member, inherited, written) : written ?? inherited);
        }

        var baseSource = SourceOf(baseItem);
        var overlaySource = SourceOf(overlay);

        // Point errors in the logic at the file that wrote the logic.
        var primary = !HasLogic ? overlaySource ?? baseSource
            : Members.Any(m => m.IsLogic && m.Get(overlay) is not null) ? overlaySource
            : baseSource ?? overlaySource;
        _source?.SetValue(merged, SourceRef.Merge(primary, baseSource, overlaySource));
        _layers?.SetValue(merged, Layers((List<SourceRef>?)_layers.GetValue(baseItem), baseSource, (List<SourceRef>?)_layers.GetValue(overlay), overlaySource));
        return merged;
    }

    /// <summary>Each document's entry for a merged object, base first: what <see cref="SourceTrail"/> reports.</summary>
    private static List<SourceRef> Layers(List<SourceRef>? baseLayers, SourceRef? baseSource, List<SourceRef>? overlayLayers, SourceRef? overlaySource) =>
        [.. baseLayers ?? (baseSource is null ? [] : [baseSource]), .. overlayLayers ?? (overlaySource is null ? [] : [overlaySource])];

    private static object? MergeById(MergeMember member, object? baseItems, object? overlayItems)
    {
        if (baseItems is null || overlayItems is null)
        {
            return overlayItems ?? baseItems;
        }

        var plan = For(member.ElementType!);
        var merged = (IList)Activator.CreateInstance(member.Property.PropertyType)!;
        foreach (var item in (IList)baseItems)
        {
            merged.Add(item);
        }

        // An id the overlay itself writes twice is not merged into one entry: both stay, so the builder reports the
        // second at its line as it does in a document that extends nothing.
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in (IList)overlayItems)
        {
            var id = item is null ? null : plan.KeyOf(item);
            var index = id is null || !written.Add(id) ? -1 : IndexOf(merged, plan, id);
            if (index >= 0)
            {
                merged[index] = plan.ReplacesEntry ? item : plan.Merge(merged[index]!, item!);
            }
            else
            {
                merged.Add(item);
            }
        }

        return merged;
    }

    private static int IndexOf(IList items, MergePlan plan, string id)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item && string.Equals(plan.KeyOf(item), id, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
