using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria;

/// <summary>
/// Writes the effective document in force (after <c>extends</c>, with the plug-ins' default categories, criteria and
/// parameters laid underneath) in the criteria format: one self-contained file that loads again to the same rating, so a
/// town can read or archive exactly what it applies.
/// </summary>
public static class CriteriaJsonWriter
{
    private static readonly CriteriaJsonContext s_context = new(new JsonSerializerOptions(CriteriaJsonContext.Default.Options)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,

        // Chinese names stay readable in the file (it is written for people and for the loader, never into HTML).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes the effective document as UTF-8 JSON.</summary>
    /// <param name="document">A document the loader read from a FiveStar criteria document.</param>
    /// <param name="utf8Json">Where the JSON goes; not disposed.</param>
    /// <exception cref="InvalidOperationException">The document was not read from a FiveStar criteria document (a RulesEngine workflow file, or one built in code).</exception>
    public static void Write(CriteriaDocument document, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(utf8Json);
        if (document.Effective is not { } effective || document.Format != CriteriaFormat.FiveStar)
        {
            throw new InvalidOperationException(Localizer.Format(Text.Language.Current, nameof(Messages.Writer_NotAFiveStarDocument), document.Id));
        }

        var flat = new CriteriaDocumentDto
        {
            SchemaVersion = effective.SchemaVersion,
            Id = effective.Id,
            Name = effective.Name,
            Description = effective.Description,
            Region = effective.Region,
            Version = effective.Version,
            Period = effective.Period,
            MissingValues = effective.MissingValues,
            Indicators = effective.Indicators,
            Parameters = effective.Parameters,
            GlobalParams = effective.GlobalParams,
            Categories = effective.Categories,
            Vetoes = effective.Vetoes,
            Level = effective.Level,
        };
        JsonSerializer.Serialize(utf8Json, flat, s_context.CriteriaDocumentDto);
    }
}
