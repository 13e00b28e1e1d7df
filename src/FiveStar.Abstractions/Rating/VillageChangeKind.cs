using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>What changed for a village between two periods.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VillageChangeKind>))]
public enum VillageChangeKind
{
    /// <summary>Rated in both periods, with stars gained or lost.</summary>
    [JsonStringEnumMemberName("stars_changed")]
    StarsChanged,

    /// <summary>Rated in one period and not rated (data errors) in the other: its stars are not counted as gained or lost.</summary>
    [JsonStringEnumMemberName("rated_changed")]
    RatedChanged,

    /// <summary>Only in the later period.</summary>
    [JsonStringEnumMemberName("added")]
    Added,

    /// <summary>Only in the earlier period.</summary>
    [JsonStringEnumMemberName("removed")]
    Removed,
}
