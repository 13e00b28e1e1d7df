using System.Text.Json.Serialization;

namespace FiveStar.Criteria.Json;

/// <summary>A text in Chinese and English; the file may give one plain string for both.</summary>
[JsonConverter(typeof(LocalizedTextConverter))]
internal sealed class LocalizedTextDto
{
    public string? Zh { get; set; }

    public string? En { get; set; }
}
