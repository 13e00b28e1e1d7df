using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>Whether a star a village lacks can be earned by fixing its criteria, or what must change first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StarGapStatus>))]
public enum StarGapStatus
{
    /// <summary>Fixing the listed criteria earns the star: its prerequisites are held and no veto removes it.</summary>
    [JsonStringEnumMemberName("attainable")]
    Attainable,

    /// <summary>The star requires other stars the village does not hold yet; those must be earned first.</summary>
    [JsonStringEnumMemberName("needs_prerequisites")]
    NeedsPrerequisites,

    /// <summary>A triggered veto (一票否决) removes the star whatever the criteria, for this rating period.</summary>
    [JsonStringEnumMemberName("vetoed")]
    Vetoed,

    /// <summary>A triggered veto voids the whole rating: no star can be earned this period.</summary>
    [JsonStringEnumMemberName("rating_voided")]
    RatingVoided,
}
