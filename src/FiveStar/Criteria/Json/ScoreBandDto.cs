namespace FiveStar.Criteria.Json;

internal sealed class ScoreBandDto
{
    public double? MinScore { get; set; }

    public int? Level { get; set; }
}
