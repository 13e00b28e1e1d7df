using System.Text.Json;
using FiveStar.Villages.Reading;

namespace FiveStar.Villages.Binding;

/// <summary>Villages given as dictionaries or JSON elements: their entries read as the members of a JSON village file.</summary>
internal sealed class FieldsAdapter<T> : VillageAdapter<T>
{
    public override int Add(VillageBatch batch, HashSet64 ids, T village, long position) =>
        JsonObjectFields.AddVillage(batch, ids, batch.Headers, FieldsOf(village), position);

    private static List<JsonField> FieldsOf(T village)
    {
        switch (village)
        {
            case JsonElement element:
                return NamedFields.Of(element);
            case JsonDocument document:
                return NamedFields.Of(document.RootElement);
            case IEnumerable<KeyValuePair<string, object?>> entries:
                return entries.Select(e => NamedFields.Of(e.Key, e.Value)).ToList();
            case IEnumerable<KeyValuePair<string, JsonElement>> members:
                return members.Select(e => NamedFields.Of(e.Key, e.Value)).ToList();
            case IEnumerable<KeyValuePair<string, string?>> texts:
                return texts.Select(e => new JsonField(e.Key, null, e.Value, 0)).ToList();
            case System.Collections.IDictionary dictionary:
                var fields = new List<JsonField>();
                foreach (System.Collections.DictionaryEntry entry in dictionary)
                {
                    fields.Add(NamedFields.Of(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, entry.Value));
                }

                return fields;
            default:
                return [];
        }
    }

    /// <summary>Whether a type is read as fields rather than bound by its properties.</summary>
    public static bool Handles() =>
        typeof(T) == typeof(JsonElement)
        || typeof(T) == typeof(JsonDocument)
        || typeof(IEnumerable<KeyValuePair<string, object?>>).IsAssignableFrom(typeof(T))
        || typeof(IEnumerable<KeyValuePair<string, JsonElement>>).IsAssignableFrom(typeof(T))
        || typeof(IEnumerable<KeyValuePair<string, string?>>).IsAssignableFrom(typeof(T))
        || typeof(System.Collections.IDictionary).IsAssignableFrom(typeof(T));
}
