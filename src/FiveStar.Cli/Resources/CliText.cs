namespace FiveStar.Cli.Resources;

/// <summary>
/// The language of the run. Commands (and their help text) are built before the arguments are parsed, so the run sets it
/// from <c>--lang</c> among the arguments (the current UI culture's language otherwise) before it builds them.
/// </summary>
internal static class CliText
{
    [ThreadStatic]
    private static Text.Language? s_language;

    /// <summary>Gets the language of the current run: help text, messages and the default of <c>--lang</c>.</summary>
    public static Text.Language Language => s_language ?? Text.Language.Current;

    /// <summary>Sets the language from the arguments: the value after <c>--lang</c> (or in <c>--lang=xx</c>), else the current UI culture's.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static void UseArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        s_language = Text.Language.Current;
        for (var i = 0; i < args.Count; i++)
        {
            var code = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i]["--lang=".Length..]
                : null;
            if (code is not null && Text.Language.TryParse(code, out var language))
            {
                s_language = language;
            }
        }
    }
}
