using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>Why a category's star was or was not awarded.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CategoryOutcome>))]
public enum CategoryOutcome
{
    /// <summary>The star was awarded.</summary>
    [JsonStringEnumMemberName("awarded")]
    Awarded,

    /// <summary>Too few criteria were met for the award rule.</summary>
    [JsonStringEnumMemberName("criteria_not_met")]
    CriteriaNotMet,

    /// <summary>The points earned were below the threshold.</summary>
    [JsonStringEnumMemberName("points_below_threshold")]
    PointsBelowThreshold,

    /// <summary>A criterion required whatever the points was not met.</summary>
    [JsonStringEnumMemberName("required_criterion_not_met")]
    RequiredCriterionNotMet,

    /// <summary>A prerequisite star was not awarded.</summary>
    [JsonStringEnumMemberName("prerequisite_not_met")]
    PrerequisiteNotMet,

    /// <summary>A veto (一票否决) removed the star.</summary>
    [JsonStringEnumMemberName("vetoed")]
    Vetoed,

    /// <summary>A rating-wide veto voided every star.</summary>
    [JsonStringEnumMemberName("rating_voided")]
    RatingVoided,
}
