using System.Text.Json.Serialization;

namespace FiveStar.Criteria.Json;

internal sealed class ParameterDto
{
    [MergeKey]
    public string? Id { get; set; }

    public LocalizedTextDto? Name { get; set; }

    public double? Value { get; set; }

    public LocalizedTextDto? Unit { get; set; }

    public double? Min { get; set; }

    public double? Max { get; set; }

    public ProvenanceDto? Provenance { get; set; }

    /// <summary>Gets or sets where the entry was read; set after deserialization, never from JSON.</summary>
    [JsonIgnore]
    public SourceRef? Source { get; set; }

    /// <summary>Gets or sets each document's entry for this object, base first, as merging by id lays them; never from JSON.</summary>
    [JsonIgnore]
    public List<SourceRef>? Layers { get; set; }
}
