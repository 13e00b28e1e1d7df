using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>
/// Source-generated JSON metadata for rating results: camelCase members, enums as snake_case strings
/// (<c>passed</c>, <c>not_met</c>, ...), so results serialize without reflection and always to the same bytes.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(VillageRating))]
[JsonSerializable(typeof(RatingSummary))]
[JsonSerializable(typeof(ResultsCriteria))]
[JsonSerializable(typeof(ResultsDocument))]
[JsonSerializable(typeof(VillageGap))]
[JsonSerializable(typeof(ResultsDiff))]
[JsonSerializable(typeof(IReadOnlyList<VillageRating>))]
internal sealed partial class RatingJsonContext : JsonSerializerContext;
