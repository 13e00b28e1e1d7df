namespace FiveStar.Criteria.Json;

/// <summary>Where a JSON object was read: the file, its JSON path, and a locator to turn paths into lines.</summary>
internal sealed record SourceRef(string File, string JsonPath, JsonLocator Locator)
{
    public SourceRef Child(string member) => this with { JsonPath = $"{JsonPath}.{member}" };

    public SourceRef Item(string member, int index) => this with { JsonPath = $"{JsonPath}.{member}[{index}]" };
}
