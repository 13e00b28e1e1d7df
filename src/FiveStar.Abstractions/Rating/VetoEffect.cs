using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>What happens when a veto is triggered.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VetoEffect>))]
public enum VetoEffect
{
    /// <summary>The category's star is not awarded (category scope).</summary>
    [JsonStringEnumMemberName("revoke_star")]
    RevokeStar,

    /// <summary>The village receives no star and level 0 (rating scope).</summary>
    [JsonStringEnumMemberName("void_rating")]
    VoidRating,

    /// <summary>The village's level is capped at the veto's cap level (rating scope).</summary>
    [JsonStringEnumMemberName("cap_level")]
    CapLevel,
}
