using System.Linq.Dynamic.Core.Exceptions;
using System.Reflection;
using System.Text.RegularExpressions;
using FiveStar.Compilation.Plan;
using FiveStar.Compilation.Sandbox;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Compilation.Binding;

/// <summary>
/// Turns what System.Linq.Dynamic.Core says about an expression it cannot parse (English text meant for programmers)
/// into our messages: an unknown name with suggestions, an unknown indicator, a method or type that is not allowed, or a
/// syntax error at a character.
/// </summary>
internal sealed partial class ParseErrorTranslator(SymbolTable symbols, IReadOnlySet<MethodInfo> helpers, bool plainNames, Language language)
{
    private static readonly string[] ForbiddenIdentifiers =
    [
        "Environment", "Process", "File", "Directory", "Path", "Type", "Assembly", "AppDomain", "Activator", "Console",
        "GC", "Thread", "Task", "typeof", "Marshal", "Stream", "HttpClient", "Reflection", "Convert",
    ];

    private static readonly string[] NamespaceRoots = ["System", "Microsoft"];

    private readonly Dictionary<string, string> _suggestions = new(StringComparer.Ordinal);

    /// <summary>Whether the parser refused an expression only because it does not give true or false.</summary>
    /// <param name="exception">The parser's exception.</param>
    /// <returns><see langword="true"/> when that is all it says.</returns>
    public static bool IsBooleanExpected(ParseException exception) =>
        exception.Message.Contains("of type 'Boolean' expected", StringComparison.Ordinal);

    /// <summary>A type as the message names it for people.</summary>
    /// <param name="type">The type.</param>
    /// <param name="language">The language of the words.</param>
    /// <returns>Its name in words.</returns>
    public static string FriendlyType(Type type, Language language) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(bool) => Localizer.Format(language, nameof(Messages.Compile_TypeBoolean)),
        var t when t == typeof(string) => Localizer.Format(language, nameof(Messages.Compile_TypeText)),
        var t when t == typeof(int) || t == typeof(long) => Localizer.Format(language, nameof(Messages.Compile_TypeWholeNumber)),
        var t when t == typeof(double) || t == typeof(decimal) || t == typeof(float) => Localizer.Format(language, nameof(Messages.Compile_TypeNumber)),
        var t => t.Name,
    };

    /// <summary>The message for a criterion that does not give true or false.</summary>
    /// <param name="actual">The type it gives.</param>
    /// <returns>The message.</returns>
    public string NotTrueOrFalse(Type actual) =>
        Localizer.Format(language, nameof(Messages.Compile_NotBoolean), FriendlyType(actual, language));

    /// <summary>The message for a text constant the parser could not convert to what it is compared with.</summary>
    /// <param name="exception">The parser's exception.</param>
    /// <returns>The message.</returns>
    public string TextConstantMismatch(FormatException exception) =>
        Localizer.Format(language, nameof(Messages.Compile_TextConstantMismatch), exception.Message);

    /// <summary>The message for an expression the parser accepted but could not build.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The message.</returns>
    public string CannotCompile(Exception exception) =>
        Localizer.Format(language, nameof(Messages.Compile_CannotCompile), exception.Message);

    /// <summary>The message for a parse error.</summary>
    /// <param name="exception">The parser's exception.</param>
    /// <param name="expression">The expression's text.</param>
    /// <param name="scope">The scoped parameters in force.</param>
    /// <returns>The message.</returns>
    public string Describe(ParseException exception, string expression, IReadOnlyList<ScopedVariable> scope)
    {
        var message = exception.Message;
        var at = Localizer.Format(language, nameof(Messages.Compile_AtCharacter), exception.Position + 1);
        if (ForbiddenName(expression, scope) is { } forbidden)
        {
            return Localizer.Format(language, nameof(Messages.Compile_NotAllowedName), forbidden, SandboxValidator.Allowed(helpers, language));
        }

        if (UnknownIdentifier().Match(message) is { Success: true } unknown)
        {
            var name = unknown.Groups[1].Value;
            return plainNames
                ? Localizer.Format(language, nameof(Messages.Compile_UnknownName), name, Hint(name, scope))
                : Localizer.Format(language, nameof(Messages.Compile_UnknownNameRulesEngine), name, Hint(name, scope));
        }

        if (NoMember().Match(message) is { Success: true } member)
        {
            var name = member.Groups[1].Value;
            return Localizer.Format(language, nameof(Messages.Compile_UnknownIndicator), name, NameSuggester.Hint(language, name, symbols.IndicatorIds));
        }

        if (NotAccessible().Match(message) is { Success: true } method)
        {
            return Localizer.Format(language, nameof(Messages.Compile_MethodNotAllowed), method.Groups[1].Value, SandboxValidator.Allowed(helpers, language));
        }

        return Localizer.Format(language, nameof(Messages.Compile_SyntaxError), at, message);
    }

    /// <summary>
    /// Suggests names for an unknown one, once per name and scope: a document that misspells one name in each of its
    /// thousands of criteria pays for one search, not thousands.
    /// </summary>
    private string Hint(string name, IReadOnlyList<ScopedVariable> scope)
    {
        var key = scope.Count == 0 ? name : name + "\0" + string.Join("\0", scope.Select(s => s.Name));
        if (!_suggestions.TryGetValue(key, out var hint))
        {
            hint = NameSuggester.Hint(language, name, symbols.KnownNames(scope));
            _suggestions[key] = hint;
        }

        return hint;
    }

    /// <summary>
    /// Finds the construct a failed parse reached for, so that the message names it whatever the parser made of it:
    /// <c>new (...)</c>, a forbidden type such as <c>File</c> or <c>Environment</c>, or a namespace-qualified type such as
    /// <c>System.IO.File.ReadAllText</c> (which the parser reports as an unknown identifier or a missing member).
    /// </summary>
    private string? ForbiddenName(string expression, IReadOnlyList<ScopedVariable> scope)
    {
        var code = StringLiteral().Replace(expression, "\"\"");
        if (NewKeyword().IsMatch(code))
        {
            return Localizer.Format(language, nameof(Messages.Sandbox_NewKeyword));
        }

        foreach (Match chain in NameChain().Matches(code))
        {
            var text = WhiteSpace().Replace(chain.Value, string.Empty);
            var head = text.Split('.')[0];
            if (symbols.IsKnownName(head) || scope.Any(s => string.Equals(s.Name, head, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (NamespaceRoots.Contains(head, StringComparer.OrdinalIgnoreCase) && text.Contains('.', StringComparison.Ordinal))
            {
                return Localizer.Format(language, nameof(Messages.Sandbox_NamespaceType), text);
            }

            if (ForbiddenIdentifiers.Contains(head, StringComparer.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\w.])new(?:\s*[(\[{]|\s+[A-Za-z_])")]
    private static partial Regex NewKeyword();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*")]
    private static partial Regex NameChain();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("Unknown identifier '([^']*)'")]
    private static partial Regex UnknownIdentifier();

    [GeneratedRegex("No property or field '([^']*)' exists")]
    private static partial Regex NoMember();

    [GeneratedRegex("Methods? '?([^' ]*)'? on type '?[^']*'? (is|are) not accessible")]
    private static partial Regex NotAccessible();
}
