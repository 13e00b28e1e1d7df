namespace FiveStar.Villages.Reading;

/// <summary>
/// A CSV field as its value. Sep reads the rows without unescaping or trimming: unescaping makes it keep two numbers a
/// field, so it parses half the rows a pass and moves the rest of its buffer each time, and trimming every field cost a
/// third of its parse time. The few fields that need either get it here: trimmed, and unescaped as Sep unescapes
/// (a quote opens, <c>""</c> is a quote) when the trimmed field starts with a quote, then trimmed again.
/// </summary>
internal static class CsvFieldText
{
    /// <summary>Returns a field's value.</summary>
    /// <param name="field">The field as written.</param>
    /// <param name="scratch">Where an unescaped value is written (grown when needed); the value is valid until the next call.</param>
    /// <returns>The value.</returns>
    public static ReadOnlySpan<char> Value(ReadOnlySpan<char> field, ref char[]? scratch)
    {
        var trimmed = field.Trim();
        if (trimmed.IsEmpty || trimmed[0] != '"')
        {
            return trimmed;
        }

        if (scratch is null || scratch.Length < trimmed.Length)
        {
            scratch = new char[Math.Max(trimmed.Length, 256)];
        }

        // Past the opening quote, a quote is kept when it is the second of a pair ("" inside a quoted field).
        var length = 0;
        var quotes = 1;
        foreach (var c in trimmed[1..])
        {
            if (c == '"' && (++quotes & 1) == 0)
            {
                continue;
            }

            scratch[length++] = c;
        }

        return scratch.AsSpan(0, length).Trim();
    }

    /// <summary>Returns a field's value as a string (a header's column name).</summary>
    public static string ValueText(ReadOnlySpan<char> field)
    {
        char[]? scratch = null;
        return Value(field, ref scratch).ToString();
    }
}
