using System.Globalization;
using System.Text;

namespace FiveStar.Cli.Output;

/// <summary>
/// Breaks a label into lines of at most a number of display columns (a Chinese character takes two, as in <see cref="TextWidth"/>):
/// Latin text breaks after a space, Chinese text between any two characters except before closing and after opening punctuation.
/// Curly quotes, dashes, the ellipsis and the middle dot take two as well: the report's CJK fonts draw them full width.
/// </summary>
internal static class TextWrap
{
    // A line never starts with these (kinsoku): a comma or closing bracket alone at the start of a line reads as a typo.
    private const string NoLineStart = "，。、：；！？）》」』】〕〉”’…·,.;:!?)]}%";

    // A line never ends with these: an opening bracket or quote belongs with what it opens.
    private const string NoLineEnd = "（《「『【〔〈“‘([{";

    /// <summary>Returns the lines, in order; joined they give back the text exactly (a line keeps the spaces it breaks after).</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The most display columns a line may take, not counting the spaces it ends with (at least 2).</param>
    /// <returns>One line at least; a line is wider than <paramref name="width"/> only when one character is.</returns>
    public static IReadOnlyList<string> Lines(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        var lines = new List<string>();
        var line = new StringBuilder();

        // Columns the line takes with the spaces it ends with; spaces alone never make a line of their own.
        var used = 0;
        var blank = true;
        void Break()
        {
            lines.Add(line.ToString());
            line.Clear();
            used = 0;
            blank = true;
        }

        void Add(string piece, int visible)
        {
            if (!blank && used + visible > width)
            {
                Break();
            }

            line.Append(piece);
            used += Columns(piece);
            blank &= visible == 0;
        }

        foreach (var word in Words(text))
        {
            var visible = Columns(word.TrimEnd());
            if (visible <= width)
            {
                Add(word, visible);
                continue;
            }

            // A word wider than a whole line (a long code, a web address) starts a line and is cut between characters.
            if (!blank)
            {
                Break();
            }

            foreach (var element in Elements(word))
            {
                Add(element, char.IsWhiteSpace(element[0]) ? 0 : Columns(element));
            }
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Returns the lines as <see cref="Lines"/> does, as many, but as even in width as they can be.</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The most display columns a line may take, not counting the spaces it ends with (at least 2).</param>
    /// <returns>One line at least; joined they give back the text exactly.</returns>
    public static IReadOnlyList<string> Balanced(string text, int width)
    {
        var lines = Lines(text, width);
        if (lines.Count < 2)
        {
            return lines;
        }

        // The narrowest width that needs no more lines evens them out, so a label never ends on one character alone.
        var low = 2;
        var high = width;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Lines(text, middle).Count <= lines.Count)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return Lines(text, high);
    }

    /// <summary>The text cut where a line may break, each piece with the spaces that follow it.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = 0;
        string? previous = null;
        var index = 0;
        foreach (var element in Elements(text))
        {
            if (previous is not null && CanBreakBetween(previous, element))
            {
                yield return text[start..index];
                start = index;
            }

            previous = element;
            index += element.Length;
        }

        if (index > start)
        {
            yield return text[start..index];
        }
    }

    private static bool CanBreakBetween(string before, string after)
    {
        if (char.IsWhiteSpace(after[0]))
        {
            // Spaces stay at the end of the line they follow.
            return false;
        }

        if (NoLineStart.Contains(after[0], StringComparison.Ordinal) || NoLineEnd.Contains(before[^1], StringComparison.Ordinal))
        {
            return false;
        }

        return char.IsWhiteSpace(before[^1]) || IsWide(before) || IsWide(after);
    }

    private static int Columns(string text)
    {
        var columns = 0;
        foreach (var c in text)
        {
            columns += c is '\u00B7' or (>= '\u2010' and <= '\u203B') ? 2 : TextWidth.Of(c);
        }

        return columns;
    }

    private static bool IsWide(string element) => TextWidth.Of(element[0]) == 2 || (char.IsSurrogatePair(element, 0) && char.ConvertToUtf32(element, 0) >= 0x20000);

    /// <summary>The text's characters as they are drawn: a surrogate pair or a letter with its combining marks is never split.</summary>
    private static IEnumerable<string> Elements(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }
}
