using System.Globalization;
using System.Text;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>
/// Finds punctuation a Chinese input method types in place of the ASCII characters expressions need: full-width quotes,
/// brackets, commas, comparison and arithmetic signs, and the like (outside ASCII string literals, where any text is fine).
/// </summary>
internal static class FullWidthPunctuation
{
    private const int MaxListed = 5;

    /// <summary>Returns a message naming each such character, its position in the expression and what to type instead; <see langword="null"/> when there is none.</summary>
    public static string? Describe(string expression, Language language)
    {
        var found = new List<string>();
        var count = 0;
        var inString = false;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '"' && (i == 0 || expression[i - 1] != '\\'))
            {
                inString = !inString;
                continue;
            }

            if (inString || AsciiFor(c) is not { } ascii)
            {
                continue;
            }

            if (ascii == " ")
            {
                ascii = Localizer.Format(language, nameof(Messages.Build_FullWidthSpace));
            }

            count++;
            if (found.Count < MaxListed)
            {
                found.Add(Localizer.Format(language, nameof(Messages.Build_FullWidthCharacter), c, ((int)c).ToString("X4", CultureInfo.InvariantCulture), i + 1, ascii));
            }
        }

        if (count == 0)
        {
            return null;
        }

        var list = new StringBuilder(string.Join(Localizer.Format(language, nameof(Messages.Build_FullWidthSeparator)), found));
        if (count > found.Count)
        {
            list.Append(Localizer.Format(language, nameof(Messages.Build_FullWidthMore), count - found.Count));
        }

        return Localizer.Format(language, nameof(Messages.Build_FullWidthPunctuation), list);
    }

    /// <summary>The ASCII text to type for a character an input method produces, or <see langword="null"/> for any other character.</summary>
    public static string? AsciiFor(char c) => c switch
    {
        '“' or '”' or '„' or '‘' or '’' or '「' or '」' or '『' or '』' => "\"",
        '（' => "(",
        '）' => ")",
        '【' or '〔' => "[",
        '】' or '〕' => "]",
        '，' or '、' => ",",
        '。' => ".",
        '≥' => ">=",
        '≤' => "<=",
        '≠' => "!=",
        '×' => "*",
        '÷' => "/",
        '—' or '－' => "-",
        '\u3000' => " ",
        >= '\uFF01' and <= '\uFF5E' => ((char)(c - 0xFEE0)).ToString(),
        _ => null,
    };
}
