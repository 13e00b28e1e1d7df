namespace FiveStar.Criteria.Json;

internal sealed class AwardDto
{
    public string? Rule { get; set; }

    public int? Count { get; set; }

    public double? Threshold { get; set; }

    public List<string>? Required { get; set; }
}
