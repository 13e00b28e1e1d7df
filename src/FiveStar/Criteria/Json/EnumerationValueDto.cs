namespace FiveStar.Criteria.Json;

internal sealed class EnumerationValueDto
{
    public string? Id { get; set; }

    public LocalizedTextDto? Name { get; set; }
}
