using System.Globalization;
using System.Text;

namespace FiveStar.Cli.Output;

/// <summary>
/// Text from files (village and criterion names, ids, values) made safe for a terminal: control characters (ESC of
/// ANSI and OSC sequences, carriage returns and newlines that could fake rows, C1 controls, bidirectional overrides)
/// are shown escaped, as <c>\x1B</c>, <c>\n</c> or <c>\u202E</c>; and a display name is cut to a width, with an ellipsis.
/// </summary>
internal static class TerminalText
{
    /// <summary>The ellipsis that ends a cut name.</summary>
    public const char Ellipsis = '…';

    /// <summary>Returns the text with every control character escaped, newlines included.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Text that draws only itself.</returns>
    public static string Escape(string text) => Escape(text, keepNewlines: false);

    /// <summary>Returns the text with every control character escaped; with <paramref name="keepNewlines"/>, a line feed stays one.</summary>
    /// <param name="text">The text.</param>
    /// <param name="keepNewlines">Whether line feeds are kept (for text written line by line by the tool itself).</param>
    /// <returns>Text that draws only itself.</returns>
    public static string Escape(string text, bool keepNewlines)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnsafe(text, keepNewlines);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            Append(escaped, text[i], keepNewlines);
        }

        return escaped.ToString();
    }

    /// <summary>Returns the text escaped and cut to at most <paramref name="width"/> terminal columns, ending with an ellipsis when cut.</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The most columns (at least 2).</param>
    /// <returns>The text to show.</returns>
    public static string Display(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);

        // At most `width` characters can show, each taking a column or more: a 10 MB name is cut before it is escaped.
        var head = text.Length > width ? text[..width] : text;
        var shown = Escape(head);
        if (head.Length == text.Length && TextWidth.Of(shown) <= width)
        {
            return shown;
        }

        var cut = new StringBuilder(width);
        var used = 0;
        foreach (var c in shown)
        {
            var w = TextWidth.Of(c);
            if (used + w > width - 1)
            {
                break;
            }

            cut.Append(c);
            used += w;
        }

        if (cut.Length > 0 && char.IsHighSurrogate(cut[^1]))
        {
            // Never half a character.
            cut.Length--;
        }

        return cut.Append(Ellipsis).ToString();
    }

    /// <summary>Tells whether a character would do something in a terminal rather than draw itself.</summary>
    /// <param name="c">The character.</param>
    /// <param name="keepNewlines">Whether a line feed counts as safe.</param>
    /// <returns>Whether it must be escaped.</returns>
    public static bool IsUnsafe(char c, bool keepNewlines) =>
        (c < ' ' && !(keepNewlines && c == '\n')) || c is (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u061C' or '\u200E' or '\u200F';

    private static int IndexOfUnsafe(string text, bool keepNewlines)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i], keepNewlines))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Append(StringBuilder escaped, char c, bool keepNewlines)
    {
        if (!IsUnsafe(c, keepNewlines))
        {
            escaped.Append(c);
            return;
        }

        _ = c switch
        {
            '\n' => escaped.Append("\\n"),
            '\r' => escaped.Append("\\r"),
            '\t' => escaped.Append("\\t"),
            < '\u0100' => escaped.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)),
            _ => escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
        };
    }
}
