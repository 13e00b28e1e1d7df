using FiveStar.Text;

namespace FiveStar.Resources;

/// <summary>Formats the messages of <see cref="Messages"/> in a given language; numbers are formatted invariantly (1,234.5 in both languages).</summary>
internal static class Localizer
{
    /// <summary>Returns the named message in the language, formatted with the arguments.</summary>
    /// <param name="language">The language.</param>
    /// <param name="name">The resource name, as <c>nameof(Messages.X)</c>.</param>
    /// <param name="args">The values of the message's placeholders.</param>
    /// <returns>The message.</returns>
    public static string Format(Language language, string name, params object?[] args) =>
        FiveStar.Resources.Shared.ResourceText.Format(Messages.ResourceManager, language, name, args);

    /// <summary>Returns the named message in both languages.</summary>
    /// <param name="name">The resource name, as <c>nameof(Messages.X)</c>.</param>
    /// <param name="args">The values of the message's placeholders.</param>
    /// <returns>The message in Chinese and English.</returns>
    public static LocalizedText Both(string name, params object?[] args) =>
        new(Format(Language.Chinese, name, args), Format(Language.English, name, args));
}
