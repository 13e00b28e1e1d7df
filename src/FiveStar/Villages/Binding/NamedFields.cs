using System.Data;
using System.Globalization;
using System.Text.Json;
using FiveStar.Villages.Reading;

namespace FiveStar.Villages.Binding;

/// <summary>
/// Puts an in-memory village (a dictionary entry, a JSON element member, a database column) in the form of a member of
/// a JSON village file, so that it goes through exactly the checks a file's village goes through.
/// </summary>
internal static class NamedFields
{
    /// <summary>A value of any .NET type: null is missing, numbers are numbers, true/false and text are text.</summary>
    public static JsonField Of(string name, object? value) => value switch
    {
        null or DBNull => new JsonField(name, null, null, 0),
        string text => new JsonField(name, null, text, 0),
        bool flag => new JsonField(name, null, flag ? "true" : "false", 0),
        double number => new JsonField(name, number, null, 0),
        float number => new JsonField(name, number, null, 0),
        decimal number => new JsonField(name, (double)number, null, 0),
        int number => new JsonField(name, number, null, 0),
        long number => new JsonField(name, number, null, 0),
        short number => new JsonField(name, number, null, 0),
        byte number => new JsonField(name, number, null, 0),
        sbyte number => new JsonField(name, number, null, 0),
        ushort number => new JsonField(name, number, null, 0),
        uint number => new JsonField(name, number, null, 0),
        ulong number => new JsonField(name, number, null, 0),
        Enum choice => new JsonField(name, null, IndicatorNames.ToSnake(choice.ToString()), 0),
        JsonElement element => Of(name, element),
        _ => new JsonField(name, null, Convert.ToString(value, CultureInfo.InvariantCulture), 0),
    };

    /// <summary>A JSON value, read as the JSON file readers read one.</summary>
    public static JsonField Of(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetDouble(out var number) && double.IsFinite(number)
            ? new JsonField(name, number, null, 0)
            : new JsonField(name, null, value.GetRawText(), 0),
        JsonValueKind.String => new JsonField(name, null, value.GetString(), 0),
        JsonValueKind.True => new JsonField(name, null, "true", 0),
        JsonValueKind.False => new JsonField(name, null, "false", 0),
        JsonValueKind.Object or JsonValueKind.Array => new JsonField(name, null, JsonObjectFields.ObjectOrArray, 0),
        _ => new JsonField(name, null, null, 0),
    };

    /// <summary>The members of a JSON object; anything else is a village with no fields (and so no id).</summary>
    public static List<JsonField> Of(JsonElement village)
    {
        var fields = new List<JsonField>();
        if (village.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in village.EnumerateObject())
            {
                fields.Add(Of(member.Name, member.Value));
            }
        }

        return fields;
    }

    /// <summary>The column of the current row of a data reader, read with its typed getter where the type is known (no boxing).</summary>
    public static JsonField Of(IDataRecord record, int ordinal, string name)
    {
        if (record.IsDBNull(ordinal))
        {
            return new JsonField(name, null, null, 0);
        }

        var type = record.GetFieldType(ordinal);
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Double => new JsonField(name, record.GetDouble(ordinal), null, 0),
            TypeCode.Single => new JsonField(name, record.GetFloat(ordinal), null, 0),
            TypeCode.Decimal => new JsonField(name, (double)record.GetDecimal(ordinal), null, 0),
            TypeCode.Int64 => new JsonField(name, record.GetInt64(ordinal), null, 0),
            TypeCode.Int32 => new JsonField(name, record.GetInt32(ordinal), null, 0),
            TypeCode.Int16 => new JsonField(name, record.GetInt16(ordinal), null, 0),
            TypeCode.Byte => new JsonField(name, record.GetByte(ordinal), null, 0),
            TypeCode.Boolean => new JsonField(name, null, record.GetBoolean(ordinal) ? "true" : "false", 0),
            TypeCode.String => new JsonField(name, null, record.GetString(ordinal), 0),
            _ => Of(name, record.GetValue(ordinal)),
        };
    }
}
