using System.Text;
using System.Text.RegularExpressions;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Compilation.Plan;

/// <summary>An ErrorMessage with its <c>$(name)</c> placeholders resolved at load time, formatted per village on demand.</summary>
internal sealed partial class MessageTemplate
{
    private readonly string _text;
    private readonly List<(int Start, int Length, ValueRef Value)> _holes;

    private MessageTemplate(string text, List<(int Start, int Length, ValueRef Value)> holes)
    {
        _text = text;
        _holes = holes;
    }

    public IEnumerable<ValueRef> Values => _holes.Select(h => h.Value);

    /// <summary>Resolves every placeholder; an unknown name is a load error, in the language given.</summary>
    public static MessageTemplate Parse(string text, Func<string, ValueRef?> resolve, IEnumerable<string> knownNames, Language language)
    {
        var holes = new List<(int, int, ValueRef)>();
        foreach (Match match in Placeholder().Matches(text))
        {
            var name = match.Groups["name"].Value.Trim();
            if (name.StartsWith("input1.", StringComparison.OrdinalIgnoreCase))
            {
                name = name["input1.".Length..];
            }

            var value = resolve(name) ?? throw new CompileException(Localizer.Format(language, nameof(Messages.Compile_UnknownPlaceholder), match.Groups["name"].Value, NameSuggester.Hint(language, name, knownNames)));
            holes.Add((match.Index, match.Length, value));
        }

        return new MessageTemplate(text, holes);
    }

    public string Format(Func<ValueRef, string> format)
    {
        if (_holes.Count == 0)
        {
            return _text;
        }

        var builder = new StringBuilder(_text.Length + 32);
        var position = 0;
        foreach (var (start, length, value) in _holes)
        {
            builder.Append(_text, position, start - position).Append(format(value));
            position = start + length;
        }

        return builder.Append(_text, position, _text.Length - position).ToString();
    }

    [GeneratedRegex(@"\$\((?<name>[^)]*)\)")]
    private static partial Regex Placeholder();
}
