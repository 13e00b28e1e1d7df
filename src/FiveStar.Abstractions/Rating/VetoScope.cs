using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>What a veto (一票否决) acts on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VetoScope>))]
public enum VetoScope
{
    /// <summary>The veto removes one category's star.</summary>
    [JsonStringEnumMemberName("category")]
    Category,

    /// <summary>The veto caps or voids the whole rating.</summary>
    [JsonStringEnumMemberName("rating")]
    Rating,
}
