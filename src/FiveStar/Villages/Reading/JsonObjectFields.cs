using System.Globalization;
using System.Text.Json;
using FiveStar.Rating;

namespace FiveStar.Villages.Reading;

/// <summary>Shared by the JSON formats: reads the members of one village object and adds the village to a batch.</summary>
internal static class JsonObjectFields
{
    /// <summary>Reads a complete object's members; nested objects and arrays are kept as invalid text.</summary>
    public static void Read(ReadOnlySpan<byte> utf8, List<JsonField> fields)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("expected an object { ... }");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Text(ref reader);
            reader.Read();
            fields.Add(ReadValue(ref reader, name, (int)reader.TokenStartIndex + 1));
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("the object is not closed");
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
                return new JsonField(name, null, "(an object or array)", column);
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
            throw new JsonException($"text at byte {reader.TokenStartIndex + 1} of the object is not valid UTF-8", exception);
        }
    }

    public static int AddVillage(VillageBatch batch, VillageRowBuilder builder, List<JsonField> fields, long line, List<string> columns, HashSet<string> seen)
    {
        string? id = null;
        string? name = null;
        foreach (var field in fields)
        {
            if (builder.IsId(field.Name))
            {
                id = field.Text ?? field.Number?.ToString(CultureInfo.InvariantCulture);
            }
            else if (builder.IsName(field.Name))
            {
                name = field.Text;
            }
        }

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

            if (field.Number is { } number)
            {
                ValueParser.StoreNumber(batch, row, slot, number, line, field.Column);
            }
            else if (field.Text is { } text)
            {
                ValueParser.Store(batch, row, slot, text, line, field.Column);
            }
        }

        VillageRowBuilder.End(batch, row, line);
        return row;
    }
}
