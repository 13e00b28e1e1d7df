namespace FiveStar.Criteria.Json;

/// <summary>Where a JSON object was read: the file, its JSON path, and a locator to turn paths into lines.</summary>
internal sealed record SourceRef(string File, string JsonPath, JsonLocator Locator)
{
    /// <summary>Gets the entry of the extending document that overrides this object, when this object was read from a base document.</summary>
    public SourceRef? Override { get; init; }

    /// <summary>Gets the base document's definition of this object, when this object was read from the document that overrides it.</summary>
    public SourceRef? Base { get; init; }

    public SourceRef Child(string member) => new(File, $"{JsonPath}.{member}", Locator) { Override = Override?.Child(member), Base = Base?.Child(member) };

    public SourceRef Item(string member, int index) => new(File, $"{JsonPath}.{member}[{index}]", Locator) { Override = Override?.Item(member, index), Base = Base?.Item(member, index) };

    /// <summary>
    /// Relates a merged object's source (<paramref name="primary"/>, the one its logic is read from) to the other side of
    /// the merge: the override that changed a base definition, or the base definition an override replaced.
    /// </summary>
    public static SourceRef? Merge(SourceRef? primary, SourceRef? baseSource, SourceRef? overlaySource)
    {
        if (primary is null || baseSource is null || overlaySource is null || string.Equals(baseSource.File, overlaySource.File, StringComparison.Ordinal))
        {
            return primary;
        }

        return ReferenceEquals(primary, overlaySource)
            ? primary with { Base = Strip(baseSource) }
            : primary with { Override = Strip(overlaySource) };
    }

    private static SourceRef Strip(SourceRef source) => source with { Base = null, Override = null };
}
