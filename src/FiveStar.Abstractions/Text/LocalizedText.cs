namespace FiveStar.Text;

/// <summary>A text given in Chinese and English, side by side, as criteria files and plug-in manifests carry it.</summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>Initializes a new instance of the <see cref="LocalizedText"/> class.</summary>
    /// <param name="zh">The Chinese text.</param>
    /// <param name="en">The English text.</param>
    public LocalizedText(string zh, string en)
    {
        Zh = zh;
        En = en;
    }

    /// <summary>Gets the Chinese text.</summary>
    public string Zh { get; }

    /// <summary>Gets the English text.</summary>
    public string En { get; }

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
    public override string ToString() => string.IsNullOrEmpty(En) || En == Zh ? Zh : string.IsNullOrEmpty(Zh) ? En : $"{Zh} ({En})";

    /// <summary>Compares two LocalizedText values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(LocalizedText? left, LocalizedText? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two LocalizedText values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(LocalizedText? left, LocalizedText? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) => other is not null && EqualityComparer<string>.Default.Equals(Zh, other.Zh) && EqualityComparer<string>.Default.Equals(En, other.En);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zh, En);
}
