namespace FiveStar.Cli.Resources;

/// <summary>Formats the messages of <see cref="Messages"/> in a given language; numbers are formatted invariantly (1,234.5 in both languages).</summary>
internal static class Localizer
{
    /// <summary>Returns the named message in the language, formatted with the arguments.</summary>
    /// <param name="language">The language.</param>
    /// <param name="name">The resource name, as <c>nameof(Messages.X)</c>.</param>
    /// <param name="args">The values of the message's placeholders.</param>
    /// <returns>The message.</returns>
    public static string Format(FiveStar.Text.Language language, string name, params object?[] args) =>
        FiveStar.Resources.Shared.ResourceText.Format(Messages.ResourceManager, language, name, args);

    /// <summary>Returns the named message in both languages.</summary>
    /// <param name="name">The resource name, as <c>nameof(Messages.X)</c>.</param>
    /// <param name="args">The values of the message's placeholders.</param>
    /// <returns>The message in Chinese and English.</returns>
    public static FiveStar.Text.LocalizedText Both(string name, params object?[] args) =>
        new(Format(FiveStar.Text.Language.Chinese, name, args), Format(FiveStar.Text.Language.English, name, args));
}
