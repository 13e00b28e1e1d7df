using System.Globalization;
using System.Resources;

namespace FiveStar.Resources.Shared;

/// <summary>
/// The one way every FiveStar assembly formats its own <c>Resources/Messages.resx</c> (compiled into each, linked from
/// eng/Shared): the message in the language's culture, numbers formatted invariantly (1,234.5 in both languages).
/// </summary>
internal static class ResourceText
{
    /// <summary>Returns the named message in the language, formatted with the arguments.</summary>
    /// <param name="resources">The assembly's generated <c>Messages.ResourceManager</c>.</param>
    /// <param name="language">The language.</param>
    /// <param name="name">The resource name, as <c>nameof(Messages.X)</c>.</param>
    /// <param name="args">The values of the message's placeholders.</param>
    /// <returns>The message.</returns>
    public static string Format(ResourceManager resources, FiveStar.Text.Language language, string name, object?[] args)
    {
        ArgumentNullException.ThrowIfNull(language);
        var template = resources.GetString(name, language.Culture)
            ?? throw new InvalidOperationException($"No message resource is called '{name}'.");
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }
}
