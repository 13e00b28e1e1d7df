namespace FiveStar.Abstractions.Resources;

/// <summary>Formats this assembly's <see cref="Messages"/> in a language; numbers are formatted invariantly.</summary>
internal static class Localizer
{
    /// <summary>Returns the named message in the language, formatted with the arguments.</summary>
    /// <param name="language">The language.</param>
    /// <param name="name">The resource name, as <c>nameof(Messages.X)</c>.</param>
    /// <param name="args">The values of the message's placeholders.</param>
    /// <returns>The message.</returns>
    public static string Format(FiveStar.Text.Language language, string name, params object?[] args) =>
        FiveStar.Resources.Shared.ResourceText.Format(Messages.ResourceManager, language, name, args);
}
