using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>
/// The results of one rating run as one document: which criteria rated the villages, every village's full rating and
/// the township summary. Its JSON shape is versioned (<see cref="SchemaVersion"/>) and described by the JSON Schema
/// shipped with the FiveStar package (<c>schema/results.schema.json</c>); <c>fivestar score --format json</c> writes it
/// and <c>fivestar diff</c> reads it.
/// </summary>
public sealed class ResultsDocument
{
    /// <summary>The version of the results document shape this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The <c>$schema</c> address of the results document shape this library writes.</summary>
    public const string SchemaUri = "https://fivestar.example/schema/results-1.0.json";

    /// <summary>Gets the address of the JSON Schema the document follows.</summary>
    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = SchemaUri;

    /// <summary>Gets the version of the document shape: <c>major.minor</c>; readers accept any minor version of their major version.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the criteria document the villages were rated against.</summary>
    public required ResultsCriteria Criteria { get; init; }

    /// <summary>Gets the language of the messages and reasons (<c>zh</c> or <c>en</c>); names are always given in both.</summary>
    public required string Language { get; init; }

    /// <summary>Gets every village of the input, in input order, including those with data problems.</summary>
    public required IReadOnlyList<VillageRating> Villages { get; init; }

    /// <summary>Gets the township summary of the villages.</summary>
    public required RatingSummary Summary { get; init; }
}
