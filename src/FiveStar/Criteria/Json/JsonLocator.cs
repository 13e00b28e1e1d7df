using System.Text;
using System.Text.Json;

namespace FiveStar.Criteria.Json;

/// <summary>
/// Maps JSON paths such as <c>$.categories[1].rules[0].expression</c> to 1-based line and column, so load errors found
/// after deserialization still point at the place in the file. Property names match case-insensitively, as the loader reads them.
/// </summary>
internal sealed class JsonLocator
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.OrdinalIgnoreCase);

    private JsonLocator()
    {
    }

    /// <summary>Gets a locator that knows no positions, for documents built in code.</summary>
    public static JsonLocator None { get; } = new();

    /// <summary>Indexes every property and array element of a document. Invalid JSON yields the positions read so far.</summary>
    public static JsonLocator Index(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var locator = new JsonLocator();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = maxDepth,
        });
        var stack = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                var position = ToLineColumn(utf8, lineStarts, (int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        stack[^1] = stack[^1] with { Property = reader.GetString() };
                        locator._positions.TryAdd(PathOf(stack), position);
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        AdvanceArrayIndex(stack);
                        locator._positions.TryAdd(PathOf(stack), position);
                        stack.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        AdvanceArrayIndex(stack);
                        if (stack.Count > 0 && stack[^1].IsArray)
                        {
                            locator._positions.TryAdd(PathOf(stack), position);
                        }

                        break;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // The deserializer reports the syntax error itself, with its own position.
        }

        return locator;
    }

    /// <summary>Finds the position of a path, or of its nearest indexed ancestor.</summary>
    public (int Line, int Column)? Find(string jsonPath)
    {
        var path = jsonPath;
        while (path.Length > 0)
        {
            if (_positions.TryGetValue(path, out var position))
            {
                return position;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                break;
            }

            path = path[..cut];
        }

        return null;
    }

    private static void AdvanceArrayIndex(List<Frame> stack)
    {
        if (stack.Count > 0 && stack[^1].IsArray)
        {
            stack[^1] = stack[^1] with { Index = stack[^1].Index + 1 };
        }
    }

    private static string PathOf(List<Frame> stack)
    {
        var builder = new StringBuilder("$");
        foreach (var frame in stack)
        {
            if (frame.IsArray)
            {
                builder.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Property is not null)
            {
                builder.Append('.').Append(frame.Property);
            }
        }

        return builder.ToString();
    }

    private static (int Line, int Column) ToLineColumn(ReadOnlySpan<byte> utf8, List<int> lineStarts, int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = Encoding.UTF8.GetCharCount(utf8[lineStarts[line]..offset]) + 1;
        return (line + 1, column);
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Property);
}
