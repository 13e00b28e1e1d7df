using System.Text.Json.Serialization;

namespace FiveStar.Criteria.Json;

internal sealed class CategoryDto
{
    [MergeKey]
    public string? Id { get; set; }

    public LocalizedTextDto? Name { get; set; }

    public LocalizedTextDto? Description { get; set; }

    public string? Plugin { get; set; }

    public AwardDto? Award { get; set; }

    public List<string>? Requires { get; set; }

    public ProvenanceDto? RequiresProvenance { get; set; }

    public bool? Enabled { get; set; }

    public List<ScopedParamDto>? GlobalParams { get; set; }

    public List<RuleDto>? Rules { get; set; }

    [JsonIgnore]
    public SourceRef? Source { get; set; }

    /// <summary>Gets or sets each document's entry for this object, base first, as merging by id lays them; never from JSON.</summary>
    [JsonIgnore]
    public List<SourceRef>? Layers { get; set; }
}
