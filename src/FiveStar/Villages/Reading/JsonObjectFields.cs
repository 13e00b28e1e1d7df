using System.Globalization;
using System.Text.Json;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Villages.Reading;

/// <summary>Shared by the JSON formats: reads the members of one village object and adds the village to a batch.</summary>
internal static class JsonObjectFields
{
    /// <summary>Gets the text that stands for a member holding an object or array, which no indicator takes.</summary>
    public static string ObjectOrArray => FiveStar.Resources.Localizer.Format(FiveStar.Text.Language.Current, nameof(FiveStar.Resources.Messages.Data_ObjectOrArray));

    /// <summary>How deep a member's value may nest objects and arrays before the village is reported for it.</summary>
    public const int MaxValueDepth = 16;

    /// <summary>How a village object is read: comments and a trailing comma are let pass, and the depth is checked per member.</summary>
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = int.MaxValue };

    /// <summary>
    /// Reads an object's members. A nested object or array is kept as invalid text; one nested deeper than
    /// <see cref="MaxValueDepth"/> is named in <paramref name="tooDeep"/>, and the members after it are still read. When
    /// <paramref name="final"/> is false the object may be cut off (a truncated file): the members before the cut are read.
    /// </summary>
    /// <param name="utf8">The object's bytes.</param>
    /// <param name="fields">Receives the members.</param>
    /// <param name="tooDeep">The first member nested too deep and its depth, or null.</param>
    /// <param name="final">Whether the bytes hold the whole object.</param>
    public static void Read(ReadOnlySpan<byte> utf8, List<JsonField> fields, out (string Member, int Depth)? tooDeep, bool final = true)
    {
        tooDeep = null;

        // The depth is checked here, member by member, not by the reader: one deep member must not hide the others.
        var reader = new Utf8JsonReader(utf8, isFinalBlock: final, new JsonReaderState(ReaderOptions));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(Localizer.Format(Language.Current, nameof(Messages.Json_ExpectedAnObject)));
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Text(ref reader);
            if (!reader.Read())
            {
                return;
            }

            var column = (int)reader.TokenStartIndex + 1;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var depth = SkipNested(ref reader);
                if (depth < 0)
                {
                    return;
                }

                if (depth > MaxValueDepth)
                {
                    tooDeep ??= (name, depth);
                }

                fields.Add(new JsonField(name, null, ObjectOrArray, column));
                continue;
            }

            fields.Add(ReadValue(ref reader, name, column));
        }

        if (final && reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException(Localizer.Format(Language.Current, nameof(Messages.Json_NotClosed)));
        }
    }

    /// <summary>
    /// Describes the syntax error <see cref="Read"/> stopped at (a <see cref="JsonException"/> of the reader's, with a
    /// position), read with the same options, in the current language.
    /// </summary>
    /// <param name="utf8">The object's bytes.</param>
    /// <param name="line">The 1-based line the bytes start on.</param>
    /// <param name="column">The 1-based column the bytes start at, or null when unknown.</param>
    public static JsonSyntaxError? SyntaxError(ReadOnlySpan<byte> utf8, long line, int? column) =>
        JsonSyntaxError.Find(utf8, ReaderOptions, Language.Current, line, column);

    /// <summary>Reads a member's value (not an object or array, which <see cref="Read"/> skips).</summary>
    private static JsonField ReadValue(ref Utf8JsonReader reader, string name, int column)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                // The number as written is kept: an id of 20 digits stays those digits, and a number no double holds
                // (1e999) is checked as text, which reports it, as the CSV reader does.
                var written = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                return reader.TryGetDouble(out var number) && double.IsFinite(number)
                    ? new JsonField(name, number, written, column)
                    : new JsonField(name, null, written, column);
            case JsonTokenType.String:
                return new JsonField(name, null, Text(ref reader), column);
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JsonField(name, null, reader.TokenType == JsonTokenType.True ? "true" : "false", column);
            default:
                return new JsonField(name, null, null, column);
        }
    }

    /// <summary>Skips an object or array the reader is on; returns how deep it nests, or -1 when the bytes end inside it.</summary>
    private static int SkipNested(ref Utf8JsonReader reader)
    {
        var start = reader.CurrentDepth;
        var deepest = 1;
        while (reader.Read())
        {
            deepest = Math.Max(deepest, reader.CurrentDepth - start + (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0));
            if (reader.CurrentDepth == start && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                return deepest;
            }
        }

        return -1;
    }

    /// <summary>Reads a string token; text that is not valid UTF-8 makes the object malformed rather than crashing.</summary>
    private static string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException(Localizer.Format(Language.Current, nameof(Messages.Json_NotUtf8AtByte), reader.TokenStartIndex + 1), exception);
        }
    }

    public static int AddVillage(VillageBatch batch, VillageRowBuilder builder, List<JsonField> fields, long line, List<string> columns, HashSet<string> seen)
    {
        var (id, name) = IdAndName(fields, builder.Headers);
        var row = builder.Begin(batch, id, name, line);
        var members = builder.BeginMembers();
        foreach (var field in fields)
        {
            if (seen.Add(field.Name))
            {
                columns.Add(field.Name);
            }

            var key = builder.MemberKey(field.Name);
            if (!members.TryAdd(key, field.Name))
            {
                var earlier = members[key];
                // One policy for duplicate keys in a village: a data problem, never the last one silently winning.
                batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, FiveStar.Resources.Localizer.Format(FiveStar.Text.Language.Current, nameof(FiveStar.Resources.Messages.Data_DuplicateMember), field.Name, earlier), field.Name, line > 0 ? line : null, field.Column > 0 ? field.Column : null));
                continue;
            }

            var slot = builder.SlotOf(field.Name);
            if (slot < 0)
            {
                if (builder.Inferring)
                {
                    builder.Observe(field.Name, field.Text ?? string.Empty, field.Number is not null);
                }

                continue;
            }

            Store(batch, row, slot, field, line);
        }

        VillageRowBuilder.End(batch, row, line);
        return row;
    }

    /// <summary>
    /// Adds an in-memory village given as fields (a dictionary, a JSON element, a database row), exactly as a village of
    /// a JSON file is added, with no line: names matched as a file's headers are (ids, Chinese or English names), ids
    /// checked against <paramref name="ids"/>, unknown names ignored.
    /// </summary>
    public static int AddVillage(VillageBatch batch, HashSet64 ids, HeaderMatcher headers, IReadOnlyList<JsonField> fields, long position)
    {
        var (id, name) = IdAndName(fields, headers);
        var row = VillageRowBuilder.Begin(batch, ids, id, name, 0, position);
        foreach (var field in fields)
        {
            var slot = headers.SlotOf(field.Name);
            if (slot >= 0)
            {
                Store(batch, row, slot, field, 0);
            }
        }

        VillageRowBuilder.End(batch, row, 0);
        return row;
    }

    /// <summary>The village id and name among the fields: the id may be a number, the name only text.</summary>
    public static (string? Id, string? Name) IdAndName(IReadOnlyList<JsonField> fields, HeaderMatcher headers)
    {
        string? id = null;
        string? name = null;
        foreach (var field in fields)
        {
            var kind = headers.Match(field.Name).Kind;
            if (kind == HeaderKind.Id)
            {
                id = field.Text ?? field.Number?.ToString(CultureInfo.InvariantCulture);
            }
            else if (kind == HeaderKind.Name)
            {
                name = field.Text;
            }
        }

        return (id, name);
    }

    /// <summary>Stores one field's value through the readers' checks; null is a missing value.</summary>
    public static void Store(VillageBatch batch, int row, int slot, JsonField field, long line)
    {
        long? at = line > 0 ? line : null;
        int? column = field.Column > 0 ? field.Column : null;
        if (field.Number is { } number)
        {
            ValueParser.StoreValue(batch, row, slot, number, at, column);
        }
        else if (field.Text is { } text)
        {
            ValueParser.Store(batch, row, slot, text, at, column);
        }
    }
}
