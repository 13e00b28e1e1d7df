using System.Text.RegularExpressions;
using FiveStar.Criteria.Json;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>Small conversions shared by the document builder: names, enumerated words and identifiers.</summary>
internal static partial class TextParsing
{
    /// <summary>Normalizes an enumerated word so <c>half_yearly</c>, <c>HalfYearly</c> and <c>half-yearly</c> compare equal.</summary>
    public static string Normalize(string value) => value.Replace("_", string.Empty, StringComparison.Ordinal)
        .Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    public static bool IsIdentifier(string? value) => value is not null && Identifier().IsMatch(value);

    public static LocalizedText ToText(LocalizedTextDto? dto, string? fallback = null)
    {
        if (dto is null)
        {
            return fallback is null ? LocalizedText.Empty : new LocalizedText(fallback, fallback);
        }

        return new LocalizedText(dto.Zh ?? string.Empty, dto.En ?? string.Empty);
    }

    /// <summary>The text, or <see langword="null"/> when the file gives none in either language.</summary>
    public static LocalizedText? ToOptionalText(LocalizedTextDto? dto) => IsEmpty(dto) ? null : ToText(dto);

    public static bool IsEmpty(LocalizedTextDto? dto) => dto is null || (string.IsNullOrWhiteSpace(dto.Zh) && string.IsNullOrWhiteSpace(dto.En));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
