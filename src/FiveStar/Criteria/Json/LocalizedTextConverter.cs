using System.Text.Json;
using System.Text.Json.Serialization;

namespace FiveStar.Criteria.Json;

/// <summary>Reads a text as <c>{ "zh": …, "en": … }</c> or as one plain string, which then stands for both languages.</summary>
internal sealed class LocalizedTextConverter : JsonConverter<LocalizedTextDto>
{
    public override LocalizedTextDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            return new LocalizedTextDto { Zh = text, En = text };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The JSON value could not be converted to FiveStar.Criteria.Json.LocalizedTextDto (String).");
        }

        var result = new LocalizedTextDto();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.Null ? null
                : reader.TokenType == JsonTokenType.String ? reader.GetString()
                : throw new JsonException("The JSON value could not be converted to System.String.");
            if (string.Equals(name, "zh", StringComparison.OrdinalIgnoreCase))
            {
                result.Zh = value;
            }
            else if (string.Equals(name, "en", StringComparison.OrdinalIgnoreCase))
            {
                result.En = value;
            }
            else
            {
                throw new JsonException($"The JSON property '{name}' could not be mapped to any .NET member contained in type 'FiveStar.Criteria.Json.LocalizedTextDto'.");
            }
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, LocalizedTextDto value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.Zh is not null)
        {
            writer.WriteString("zh", value.Zh);
        }

        if (value.En is not null)
        {
            writer.WriteString("en", value.En);
        }

        writer.WriteEndObject();
    }
}
