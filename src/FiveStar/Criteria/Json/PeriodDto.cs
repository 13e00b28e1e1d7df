namespace FiveStar.Criteria.Json;

internal sealed class PeriodDto
{
    public string? Kind { get; set; }

    public int? Year { get; set; }

    public int? Part { get; set; }
}
