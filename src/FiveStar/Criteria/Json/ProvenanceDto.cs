namespace FiveStar.Criteria.Json;

internal sealed class ProvenanceDto
{
    public string? Status { get; set; }

    public string? Reference { get; set; }

    public string? Note { get; set; }
}
