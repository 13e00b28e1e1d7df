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

    /// <summary>Reads a complete object's members; nested objects and arrays are kept as invalid text.</summary>
    public static void Read(ReadOnlySpan<byte> utf8, List<JsonField> fields)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(Localizer.Format(Language.Current, nameof(Messages.Json_ExpectedAnObject)));
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Text(ref reader);
            reader.Read();
            fields.Add(ReadValue(ref reader, name, (int)reader.TokenStartIndex + 1));
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException(Localizer.Format(Language.Current, nameof(Messages.Json_NotClosed)));
        }
    }

    public static JsonField ReadValue(ref Utf8JsonReader reader, string name, int column)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return new JsonField(name, reader.GetDouble(), null, column);
            case JsonTokenType.String:
                return new JsonField(name, null, Text(ref reader), column);
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JsonField(name, null, reader.TokenType == JsonTokenType.True ? "true" : "false", column);
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                reader.Skip();
                return new JsonField(name, null, ObjectOrArray, column);
            default:
                return new JsonField(name, null, null, column);
        }
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
        foreach (var field in fields)
        {
            if (seen.Add(field.Name))
            {
                columns.Add(field.Name);
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
            ValueParser.StoreNumber(batch, row, slot, number, at, column);
        }
        else if (field.Text is { } text)
        {
            ValueParser.Store(batch, row, slot, text, at, column);
        }
    }
}
