using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FiveStar.Text;

/// <summary>A language FiveStar speaks: Chinese (the default, for the officials who rate villages) or English.</summary>
public sealed class Language
{
    private Language(string code, string cultureName)
    {
        Code = code;
        Culture = CultureInfo.GetCultureInfo(cultureName);
    }

    /// <summary>Gets Chinese (simplified, as used in mainland China).</summary>
    public static Language Chinese { get; } = new("zh", "zh-CN");

    /// <summary>Gets English.</summary>
    public static Language English { get; } = new("en", "en");

    /// <summary>Gets the languages FiveStar speaks, Chinese first.</summary>
    public static IReadOnlyList<Language> All { get; } = [Chinese, English];

    /// <summary>Gets the language of the current UI culture: English for <c>en*</c>, Chinese for <c>zh*</c> and for any other culture.</summary>
    public static Language Current => FromCulture(CultureInfo.CurrentUICulture);

    /// <summary>Gets the two-letter code: <c>zh</c> or <c>en</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the culture whose resources hold this language's text.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets a value indicating whether this is English.</summary>
    public bool IsEnglish => ReferenceEquals(this, English);

    /// <summary>Returns the language of a culture: English for <c>en*</c>, otherwise Chinese.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The language.</returns>
    public static Language FromCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (string.Equals(c.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }

            if (string.Equals(c.TwoLetterISOLanguageName, "zh", StringComparison.OrdinalIgnoreCase))
            {
                return Chinese;
            }
        }

        return Chinese;
    }

    /// <summary>Parses a language code: <c>zh</c> or <c>en</c>, case-insensitive, with or without a region (<c>zh-CN</c>, <c>en-US</c>).</summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language, when the code is one.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> names Chinese or English.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Language? language)
    {
        language = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var trimmed = code.Trim();
        var dash = trimmed.IndexOfAny(['-', '_']);
        var primary = dash < 0 ? trimmed : trimmed[..dash];
        if (string.Equals(primary, "zh", StringComparison.OrdinalIgnoreCase))
        {
            language = Chinese;
        }
        else if (string.Equals(primary, "en", StringComparison.OrdinalIgnoreCase))
        {
            language = English;
        }

        return language is not null;
    }

    /// <summary>Parses a language code: <c>zh</c> or <c>en</c> (see <see cref="TryParse"/>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The language.</returns>
    /// <exception cref="FormatException"><paramref name="code"/> is neither Chinese nor English.</exception>
    public static Language Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out var language)
            ? language
            : throw new FormatException(Abstractions.Resources.Localizer.Format(Current, nameof(Abstractions.Resources.Messages.Language_Unknown), code));
    }

    /// <inheritdoc />
    public override string ToString() => Code;
}
