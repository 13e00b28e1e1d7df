using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>The outcome of one criterion for one village.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CriterionState>))]
public enum CriterionState : byte
{
    /// <summary>The criterion was met.</summary>
    [JsonStringEnumMemberName("passed")]
    Passed = 1,

    /// <summary>The criterion was evaluated and not met.</summary>
    [JsonStringEnumMemberName("not_met")]
    NotMet = 2,

    /// <summary>An indicator the criterion reads is missing for this village, so it was neither met nor failed.</summary>
    [JsonStringEnumMemberName("missing")]
    Missing = 3,

    /// <summary>Evaluating the criterion failed for this village (for example a helper threw or an integer division by zero).</summary>
    [JsonStringEnumMemberName("error")]
    Error = 4,
}
