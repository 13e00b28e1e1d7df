using System.Text.Json.Serialization.Metadata;

namespace FiveStar.Rating;

/// <summary>
/// Source-generated JSON metadata for rating results: camelCase members, enums as snake_case strings
/// (<c>passed</c>, <c>not_met</c>, ...), so results serialize without reflection and always to the same bytes.
/// Use with <c>JsonSerializer.Serialize(rating, RatingJson.VillageRating)</c>.
/// </summary>
public static class RatingJson
{
    /// <summary>Gets the metadata of <see cref="Rating.VillageRating"/>.</summary>
    public static JsonTypeInfo<VillageRating> VillageRating => RatingJsonContext.Default.VillageRating;

    /// <summary>Gets the metadata of <see cref="Rating.RatingSummary"/>.</summary>
    public static JsonTypeInfo<RatingSummary> RatingSummary => RatingJsonContext.Default.RatingSummary;
}
