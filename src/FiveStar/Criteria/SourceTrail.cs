using FiveStar.Criteria.Json;

namespace FiveStar.Criteria;

/// <summary>
/// Where an element of an effective criteria document (a parameter, category, criterion or veto) was written: one place
/// per document that defines or changes it, the deepest base (a plug-in's defaults or the standard) first and the loaded
/// file last, so a town can see what it changed and what the standard decided.
/// </summary>
public sealed class SourceTrail
{
    private readonly IReadOnlyList<SourceRef> _layers;
    private readonly string _document;

    private SourceTrail(IReadOnlyList<SourceRef> layers, string document)
    {
        _layers = layers;
        _document = document;
        Locations = layers.Select(At).ToArray();
    }

    /// <summary>Gets a trail that knows no place, for elements built in code.</summary>
    public static SourceTrail None { get; } = new([], string.Empty);

    /// <summary>Gets each document's entry for the element, base first.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>Gets where the element is first defined, or <see langword="null"/> when no place is known.</summary>
    public SourceLocation? DefinedAt => Locations.Count > 0 ? Locations[0] : null;

    /// <summary>Gets the last entry that changed the element in another document than the one defining it (a town's override), or <see langword="null"/>.</summary>
    public SourceLocation? ChangedAt => Locations.Count > 1 && !string.Equals(Locations[^1].File, Locations[0].File, StringComparison.Ordinal) ? Locations[^1] : null;

    /// <summary>Returns where a member of the element (such as <c>value</c>, <c>expression</c>, <c>award</c>, <c>enabled</c>) was last written.</summary>
    /// <param name="member">The member's name in the criteria format.</param>
    /// <returns>The place of the last document that writes the member, or <see langword="null"/> when none does (the format's default applies).</returns>
    public SourceLocation? WhereSet(string member)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        for (var i = _layers.Count - 1; i >= 0; i--)
        {
            var layer = _layers[i];
            if (layer.Locator.Has($"{layer.JsonPath}.{member}"))
            {
                return At(layer.Child(member));
            }
        }

        return null;
    }

    internal static SourceTrail From(IEnumerable<SourceRef?>? layers, string document)
    {
        var list = layers?.OfType<SourceRef>().ToArray() ?? [];
        return list.Length == 0 ? None : new SourceTrail(list, document);
    }

    private SourceLocation At(SourceRef source)
    {
        var position = source.Locator.Find(source.JsonPath);
        return new SourceLocation(source.File, position?.Line, position?.Column, KindOf(source.File));
    }

    private SourceKind KindOf(string file) =>
        string.Equals(file, _document, StringComparison.Ordinal) ? SourceKind.Document
        : file.StartsWith("builtin:", StringComparison.Ordinal) ? SourceKind.Shipped
        : file.EndsWith(":manifest.json", StringComparison.Ordinal) ? SourceKind.Plugin
        : SourceKind.ExtendedFile;
}
