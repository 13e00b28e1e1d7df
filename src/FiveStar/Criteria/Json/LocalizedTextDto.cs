namespace FiveStar.Criteria.Json;

internal sealed class LocalizedTextDto
{
    public string? Zh { get; set; }

    public string? En { get; set; }
}
