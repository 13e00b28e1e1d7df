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
    private readonly List<DuplicateMember> _duplicates = [];
    private readonly List<(string JsonPath, int Line, int Column)> _nullItems = [];

    private JsonLocator()
    {
    }

    /// <summary>Gets a locator that knows no positions, for documents built in code.</summary>
    public static JsonLocator None { get; } = new();

    /// <summary>
    /// Gets the members given twice in one object (names compared case-insensitively, as the loader reads them), each at
    /// the second one's place: JSON readers keep only the last, so the file would say two things and run one.
    /// </summary>
    public IReadOnlyList<DuplicateMember> Duplicates => _duplicates;

    /// <summary>
    /// Gets the array elements that are JSON <c>null</c> (a category, rule, veto, prerequisite, … that is nothing), below the
    /// top level and outside free-form <c>properties</c>: none of the format's arrays can hold one.
    /// </summary>
    public IReadOnlyList<(string JsonPath, int Line, int Column)> NullItems => _nullItems;

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
        var columns = new ColumnCounter();
        try
        {
            while (reader.Read())
            {
                var position = columns.ToLineColumn(utf8, lineStarts, (int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        var frame = stack[^1];
                        stack[^1] = frame with { Property = name };
                        var path = PathOf(stack);
                        if (frame.Names!.TryGetValue(name, out var first))
                        {
                            locator._duplicates.Add(new DuplicateMember(path, name, first.Name, first.Line, position.Line, position.Column));
                        }
                        else
                        {
                            frame.Names[name] = (name, position.Line);
                        }

                        locator._positions.TryAdd(path, position);
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        AdvanceArrayIndex(stack);
                        locator._positions.TryAdd(PathOf(stack), position);
                        var isArray = reader.TokenType == JsonTokenType.StartArray;
                        stack.Add(new Frame(isArray, -1, null, isArray ? null : new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase)));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        AdvanceArrayIndex(stack);
                        if (stack.Count > 0 && stack[^1].IsArray)
                        {
                            var itemPath = PathOf(stack);
                            locator._positions.TryAdd(itemPath, position);
                            if (reader.TokenType == JsonTokenType.Null && stack.Count > 1 && !stack.Any(f => string.Equals(f.Property, "properties", StringComparison.OrdinalIgnoreCase)))
                            {
                                locator._nullItems.Add((itemPath, position.Line, position.Column));
                            }
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
    /// <summary>Tells whether the document writes exactly this path (a member or an element), not only an object around it.</summary>
    public bool Has(string jsonPath) => _positions.ContainsKey(jsonPath);

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

    private readonly record struct Frame(bool IsArray, int Index, string? Property, Dictionary<string, (string Name, int Line)>? Names);

    /// <summary>
    /// Turns byte offsets into line and column, counting characters from the last offset on the same line rather than from
    /// the line's start: a document written on one line (minified JSON) is indexed in linear time, not quadratic.
    /// </summary>
    private sealed class ColumnCounter
    {
        private int _line = -1;
        private int _offset;
        private int _column;

        public (int Line, int Column) ToLineColumn(ReadOnlySpan<byte> utf8, List<int> lineStarts, int offset)
        {
            var line = lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            if (line != _line || offset < _offset)
            {
                _line = line;
                _offset = lineStarts[line];
                _column = 0;
            }

            _column += Encoding.UTF8.GetCharCount(utf8[_offset..offset]);
            _offset = offset;
            return (line + 1, _column + 1);
        }
    }
}
