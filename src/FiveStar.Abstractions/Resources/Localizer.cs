using System.Globalization;

namespace FiveStar.Abstractions.Resources;

/// <summary>Formats this assembly's <see cref="Messages"/> in a language; numbers are formatted invariantly.</summary>
internal static class Localizer
{
    /// <summary>Returns the named message in the language, formatted with the arguments.</summary>
    /// <param name="language">The language.</param>
    /// <param name="name">The resource name, as <c>nameof(Messages.X)</c>.</param>
    /// <param name="args">The values of the message's placeholders.</param>
    /// <returns>The message.</returns>
    public static string Format(FiveStar.Text.Language language, string name, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(language);
        var template = Messages.ResourceManager.GetString(name, language.Culture)
            ?? throw new InvalidOperationException($"No message resource is called '{name}'.");
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
