namespace FiveStar.Text;

/// <summary>A text given in Chinese and English, side by side, as criteria files and plug-in manifests carry it.</summary>
/// <param name="Zh">The Chinese text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>Gets an empty text.</summary>
    public static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>Returns the text in the requested language, falling back to the other one when it is empty.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text in that language, or in the other language when it has none.</returns>
    public string In(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var preferred = language.IsEnglish ? En : Zh;
        return string.IsNullOrEmpty(preferred) ? (language.IsEnglish ? Zh : En) : preferred;
    }

    /// <inheritdoc />
    public override string ToString() => string.IsNullOrEmpty(En) ? Zh : string.IsNullOrEmpty(Zh) ? En : $"{Zh} ({En})";
}
