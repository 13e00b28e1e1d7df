using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FiveStar.Text;

namespace FiveStar.Criteria.Json;

/// <summary>
/// The tolerant first pass over a criteria file: walks the JSON against the shape of its model (the source-generated
/// metadata of <see cref="CriteriaJsonContext"/>), records every unknown member and every value of the wrong type, and
/// writes the document again without them, so the strict deserializer reads what is left and loading goes on to report
/// the file's other problems in the same run.
/// </summary>
internal sealed class ShapeChecker
{
    private readonly JsonSerializerOptions _options;
    private readonly Dictionary<Type, Dictionary<string, JsonPropertyInfo>> _members = [];
    private readonly List<ShapeProblem> _problems = [];
    private readonly List<(string ObjectPath, string Member)> _unreadable = [];

    private ShapeChecker(JsonSerializerOptions options) => _options = options;

    /// <summary>Gets the problems found, in document order.</summary>
    public IReadOnlyList<ShapeProblem> Problems => _problems;

    /// <summary>
    /// Gets the members the file meant to give but that could not be read (a value of the wrong type, or a misspelt name
    /// whose nearest member is absent): a builder's "missing member" for one of them would repeat the problem.
    /// </summary>
    public IReadOnlyList<(string ObjectPath, string Member)> Unreadable => _unreadable;

    /// <summary>Checks a document whose root has the model <paramref name="rootType"/>.</summary>
    /// <param name="utf8">The file's bytes, without a byte order mark.</param>
    /// <param name="rootType">The model of the root.</param>
    /// <param name="options">The serializer options of the context, with the depth limit in force.</param>
    /// <param name="cleaned">The document without the members in <see cref="Problems"/>, or <see langword="null"/> when there are none.</param>
    /// <returns>The checker, with its problems; <see langword="null"/> when the text is not JSON the pass can read (the deserializer then reports why).</returns>
    public static ShapeChecker? Check(ReadOnlyMemory<byte> utf8, Type rootType, JsonSerializerOptions options, out byte[]? cleaned)
    {
        cleaned = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                MaxDepth = options.MaxDepth,
            });
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var checker = new ShapeChecker(options);
            var expected = checker.Expect(rootType);
            if (!Fits(document.RootElement, expected))
            {
                // A root of the wrong kind leaves nothing to read: the deserializer says so in one message.
                return null;
            }

            var buffer = new ArrayBufferWriter<byte>(utf8.Length);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, MaxDepth = Math.Max(options.MaxDepth, 1) + 1 }))
            {
                checker.Write(document.RootElement, expected, "$", writer);
            }

            if (checker._problems.Count > 0)
            {
                cleaned = buffer.WrittenSpan.ToArray();
            }

            return checker;
        }
    }

    /// <summary>
    /// Drops the array elements the pass wrote as <c>null</c> (each of the wrong type), once the reader has recorded where
    /// every element was read; no list of the model holds <c>null</c> otherwise.
    /// </summary>
    public void DropNullItems(object? value)
    {
        switch (value)
        {
            case null or string or JsonElement or System.Collections.IDictionary:
                return;
            case System.Collections.IList list:
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    if (list[i] is null)
                    {
                        list.RemoveAt(i);
                    }
                    else
                    {
                        DropNullItems(list[i]);
                    }
                }

                return;
        }

        var info = _options.GetTypeInfo(value.GetType());
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Get is { } get && !property.PropertyType.IsValueType)
            {
                DropNullItems(get(value));
            }
        }
    }

    private void Write(JsonElement element, Shape shape, string path, Utf8JsonWriter writer)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            // Every member is optional: null is the deserializer's to read as it always has.
            writer.WriteNullValue();
            return;
        }

        switch (shape.Kind)
        {
            case ShapeKind.Object when shape.Type is not null:
                var members = MembersOf(shape.Type);
                writer.WriteStartObject();
                var given = element.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var property in element.EnumerateObject())
                {
                    var memberPath = $"{path}.{property.Name}";
                    if (!members.TryGetValue(property.Name, out var member))
                    {
                        var nearest = NameSuggester.Nearest(property.Name, members.Keys);

                        // Of names as near, the one with the same letters: "nmae" is "name" typed fast, not "max".
                        var letters = string.Concat(property.Name.ToLowerInvariant().Order());
                        var best = nearest.FirstOrDefault(n => string.Equals(string.Concat(n.ToLowerInvariant().Order()), letters, StringComparison.Ordinal)) ?? (nearest.Count > 0 ? nearest[0] : null);
                        var suggestion = best is null ? null : Spell(best, property.Name);
                        _problems.Add(new ShapeProblem(memberPath, property.Name, shape.Type, suggestion, null));
                        if (suggestion is not null && !given.Contains(suggestion))
                        {
                            _unreadable.Add((path, suggestion));
                        }

                        continue;
                    }

                    var memberShape = Expect(member.PropertyType);
                    if (!Fits(property.Value, memberShape))
                    {
                        _problems.Add(new ShapeProblem(memberPath, property.Name, shape.Type, null, memberShape));
                        _unreadable.Add((path, property.Name));
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    Write(property.Value, memberShape, memberPath, writer);
                }

                writer.WriteEndObject();
                break;
            case ShapeKind.Map:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(property.Value, shape.Element!, $"{path}.{property.Name}", writer);
                }

                writer.WriteEndObject();
                break;
            case ShapeKind.Array when element.ValueKind == JsonValueKind.Array:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    if (!Fits(item, shape.Element!))
                    {
                        // Kept as null so the elements after it keep their index (and their line); the reader drops it.
                        _problems.Add(new ShapeProblem(itemPath, null, null, null, shape.Element));
                        writer.WriteNullValue();
                        continue;
                    }

                    Write(item, shape.Element!, itemPath, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary>Whether a value can be read as the shape; <c>null</c> fits every member (all are optional).</summary>
    private static bool Fits(JsonElement element, Shape shape) => element.ValueKind == JsonValueKind.Null || shape.Kind switch
    {
        ShapeKind.Any => true,
        ShapeKind.String => element.ValueKind == JsonValueKind.String,
        ShapeKind.Number => element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out _),
        ShapeKind.Integer => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out _),
        ShapeKind.Boolean => element.ValueKind is JsonValueKind.True or JsonValueKind.False,
        ShapeKind.Array => element.ValueKind == JsonValueKind.Array,
        _ => element.ValueKind == JsonValueKind.Object,
    };

    private Shape Expect(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(JsonElement))
        {
            return new Shape(ShapeKind.Any, null, null);
        }

        if (type == typeof(string))
        {
            return new Shape(ShapeKind.String, null, null);
        }

        if (type == typeof(bool))
        {
            return new Shape(ShapeKind.Boolean, null, null);
        }

        if (type == typeof(int))
        {
            return new Shape(ShapeKind.Integer, null, null);
        }

        if (type == typeof(double))
        {
            return new Shape(ShapeKind.Number, null, null);
        }

        var info = _options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => new Shape(ShapeKind.Array, null, Expect(info.ElementType!)),
            JsonTypeInfoKind.Dictionary => new Shape(ShapeKind.Map, null, Expect(info.ElementType!)),
            JsonTypeInfoKind.Object => new Shape(ShapeKind.Object, type, null),
            _ => new Shape(ShapeKind.Any, null, null),
        };
    }

    private Dictionary<string, JsonPropertyInfo> MembersOf(Type type)
    {
        if (!_members.TryGetValue(type, out var members))
        {
            members = new Dictionary<string, JsonPropertyInfo>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in _options.GetTypeInfo(type).Properties.Where(p => p.Set is not null))
            {
                members.TryAdd(property.Name, property);
            }

            _members[type] = members;
        }

        return members;
    }

    /// <summary>Spells a member as the file spells its others: camelCase, or PascalCase after a PascalCase name (RulesEngine's).</summary>
    private static string Spell(string member, string written) =>
        member.StartsWith('$') || char.IsUpper(written[0]) ? member : char.ToLowerInvariant(member[0]) + member[1..];

    /// <summary>What a member holds.</summary>
    internal enum ShapeKind
    {
        Any,
        String,
        Number,
        Integer,
        Boolean,
        Array,
        Map,
        Object,
    }

    /// <summary>A member's expected value: its kind, the model of an object, the element of an array or map.</summary>
    internal sealed record Shape(ShapeKind Kind, Type? Type, Shape? Element);
}
