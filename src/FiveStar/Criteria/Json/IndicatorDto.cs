using System.Text.Json.Serialization;

namespace FiveStar.Criteria.Json;

internal sealed class IndicatorDto
{
    [MergeKey]
    public string? Id { get; set; }

    public LocalizedTextDto? Name { get; set; }

    public string? Type { get; set; }

    public LocalizedTextDto? Unit { get; set; }

    public double? Min { get; set; }

    public double? Max { get; set; }

    public bool? Required { get; set; }

    [MergeWhole]
    public List<EnumerationValueDto>? Values { get; set; }

    public string? Expression { get; set; }

    public LocalizedTextDto? Description { get; set; }

    /// <summary>Gets or sets where the entry was read; set after deserialization, never from JSON.</summary>
    [JsonIgnore]
    public SourceRef? Source { get; set; }
}
