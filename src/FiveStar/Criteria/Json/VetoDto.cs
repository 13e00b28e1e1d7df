using System.Text.Json.Serialization;

namespace FiveStar.Criteria.Json;

internal sealed class VetoDto
{
    [MergeKey]
    public string? Id { get; set; }

    public LocalizedTextDto? Name { get; set; }

    [MergeLogic]
    public string? Expression { get; set; }

    public string? Scope { get; set; }

    public string? Category { get; set; }

    public string? Effect { get; set; }

    public int? CapLevel { get; set; }

    public LocalizedTextDto? Reason { get; set; }

    public bool? Enabled { get; set; }

    public ProvenanceDto? Provenance { get; set; }

    [JsonIgnore]
    public SourceRef? Source { get; set; }

    /// <summary>Gets or sets each document's entry for this object, base first, as merging by id lays them; never from JSON.</summary>
    [JsonIgnore]
    public List<SourceRef>? Layers { get; set; }
}
