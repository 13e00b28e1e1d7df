using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>How an indicator must compare with its threshold in a criterion.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComparisonKind>))]
public enum ComparisonKind
{
    /// <summary>At least the target (<c>&gt;=</c>).</summary>
    [JsonStringEnumMemberName("at_least")]
    AtLeast,

    /// <summary>More than the target (<c>&gt;</c>).</summary>
    [JsonStringEnumMemberName("more_than")]
    MoreThan,

    /// <summary>At most the target (<c>&lt;=</c>).</summary>
    [JsonStringEnumMemberName("at_most")]
    AtMost,

    /// <summary>Less than the target (<c>&lt;</c>).</summary>
    [JsonStringEnumMemberName("less_than")]
    LessThan,

    /// <summary>Equal to the target (<c>==</c>), for numbers, true/false and enumeration values.</summary>
    [JsonStringEnumMemberName("equal_to")]
    EqualTo,

    /// <summary>Different from the target (<c>!=</c>).</summary>
    [JsonStringEnumMemberName("not_equal_to")]
    NotEqualTo,
}
