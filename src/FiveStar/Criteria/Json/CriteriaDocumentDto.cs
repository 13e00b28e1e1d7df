using System.Text.Json.Serialization;

namespace FiveStar.Criteria.Json;

internal sealed class CriteriaDocumentDto
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? SchemaVersion { get; set; }

    public string? Id { get; set; }

    public LocalizedTextDto? Name { get; set; }

    public LocalizedTextDto? Description { get; set; }

    public string? Region { get; set; }

    public string? Version { get; set; }

    public PeriodDto? Period { get; set; }

    public string? Extends { get; set; }

    public string? MissingValues { get; set; }

    public List<IndicatorDto>? Indicators { get; set; }

    public List<ParameterDto>? Parameters { get; set; }

    public List<ScopedParamDto>? GlobalParams { get; set; }

    public List<CategoryDto>? Categories { get; set; }

    public List<VetoDto>? Vetoes { get; set; }

    public LevelDto? Level { get; set; }
}
