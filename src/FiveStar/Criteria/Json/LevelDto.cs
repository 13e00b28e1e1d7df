namespace FiveStar.Criteria.Json;

internal sealed class LevelDto
{
    public string? Mode { get; set; }

    public List<ScoreBandDto>? Bands { get; set; }
}
