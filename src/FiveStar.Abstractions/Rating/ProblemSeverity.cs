using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>How serious a data problem is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProblemSeverity>))]
public enum ProblemSeverity
{
    /// <summary>Worth reporting; the village is still rated normally.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>The village's data is wrong; it is listed with its problems and left out of the summary counts.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
