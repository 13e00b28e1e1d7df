using System.Text;
using System.Text.Json;

namespace FiveStar.Cli.Commands;

/// <summary>
/// Finds where a criteria file defines a criterion (its <c>"id"</c> or RulesEngine <c>"RuleName"</c>), so problems found
/// after compilation, such as a column the villages file lacks, still point at a line and column of the file.
/// </summary>
internal static class CriterionLocator
{
    /// <summary>Returns the 1-based line and column of the criterion's id in the file, or (1, 1) when the file does not define it (an inherited criterion).</summary>
    public static (int Line, int Column) Find(string path, string criterionId)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (1, 1);
        }

        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var reader = new Utf8JsonReader(bytes.AsSpan(bom), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || !(reader.ValueTextEquals("id") || reader.ValueTextEquals("RuleName")))
                {
                    continue;
                }

                var start = bom + (int)reader.TokenStartIndex;
                if (reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(criterionId))
                {
                    return Position(bytes, start);
                }
            }
        }
        catch (JsonException)
        {
            // A file that compiled is valid JSON; if not, fall back to the start of the file.
        }

        return (1, 1);
    }

    private static (int Line, int Column) Position(byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // The column counts characters, not bytes, as editors do; a BOM on the first line is not a character.
        var prefix = bytes.AsSpan(lineStart, index - lineStart);
        if (line == 1 && prefix.StartsWith(Encoding.UTF8.Preamble))
        {
            prefix = prefix[Encoding.UTF8.Preamble.Length..];
        }

        // Utf8JsonReader points at the opening quote of the property name: the column is that quote's.
        return (line, Encoding.UTF8.GetCharCount(prefix) + 1);
    }
}
