using System.Globalization;
using System.Text;
using System.Text.Json;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>
/// Writes a town's starter criteria file: a document that extends a standard and lists, as comments ready to uncomment,
/// every parameter of the standard with its value, unit, name and provenance, and every criterion that can be disabled.
/// The file validates as written (it changes nothing until a line is uncommented).
/// </summary>
public static class CriteriaStarter
{
    /// <summary>Writes the starter file.</summary>
    /// <param name="standard">The effective document being extended (load it first, as <c>fivestar init</c> does).</param>
    /// <param name="extends">What the new file's <c>extends</c> says: a shipped document id or a path.</param>
    /// <param name="id">The new document's id.</param>
    /// <param name="writer">Where the file goes.</param>
    /// <param name="language">The language of the comments.</param>
    public static void Write(CriteriaDocument standard, string extends, string id, TextWriter writer, Language language)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentException.ThrowIfNullOrEmpty(extends);
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(language);
        var text = new StringBuilder();
        text.Append("// ").AppendLine(Localizer.Format(language, nameof(Messages.Starter_Header), extends));
        text.AppendLine("{");
        text.AppendLine("  \"schemaVersion\": \"1.0\",");
        text.Append("  \"id\": ").Append(Json(id)).AppendLine(",");
        text.Append("  \"name\": { \"zh\": ").Append(Json(id)).Append(", \"en\": ").Append(Json(id)).AppendLine(" },");
        text.Append("  \"extends\": ").Append(Json(extends)).AppendLine(",");
        text.AppendLine("  \"parameters\": [");
        text.Append("    // ").AppendLine(Localizer.Format(language, nameof(Messages.Starter_Parameters)));
        foreach (var parameter in standard.Parameters)
        {
            var unit = parameter.Unit.In(language);
            var provenance = parameter.Provenance is null ? string.Empty : $"; {parameter.Provenance.Status.ToString().ToLowerInvariant()}";
            text.Append("    // { \"id\": ").Append(Json(parameter.Id)).Append(", \"value\": ").Append(parameter.Value.ToString(CultureInfo.InvariantCulture)).Append(" },")
                .Append("  // ").Append(parameter.Name.In(language)).Append(unit.Length > 0 ? $" ({unit})" : string.Empty).AppendLine(provenance);
        }

        text.AppendLine("  ],");
        text.AppendLine("  \"categories\": [");
        text.Append("    // ").AppendLine(Localizer.Format(language, nameof(Messages.Starter_Categories)));
        foreach (var category in standard.Categories)
        {
            text.Append("    // { \"id\": ").Append(Json(category.Id)).Append(", \"rules\": [")
                .Append(string.Join(", ", category.Criteria.Select(c => $"{{ \"id\": {Json(c.Id)}, \"enabled\": true }}"))).Append("] },  // ")
                .AppendLine(category.Name.In(language));
            foreach (var criterion in category.Criteria)
            {
                text.Append("    //     ").Append(criterion.Id).Append(": ").AppendLine(criterion.Name.In(language));
            }
        }

        text.AppendLine("  ]");
        text.AppendLine("}");
        writer.Write(text.ToString());
    }

    private static string Json(string value) => $"\"{JsonEncodedText.Encode(value, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"";
}
