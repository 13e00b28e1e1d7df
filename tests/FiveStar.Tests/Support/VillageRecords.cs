using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Tests.Support;

/// <summary>
/// Villages in a neutral form (id, name, indicator id → typed value), and the same villages in every form FiveStar
/// takes: the application's objects, dictionaries, JSON, a data reader, CSV text and the batch API.
/// </summary>
internal static class VillageRecords
{
    /// <summary>The Hanzhuang villages of samples/Hanzhuang/villages.csv, typed by the rater's indicators.</summary>
    public static List<VillageRecord> Hanzhuang(StarRater rater)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Of("samples/Hanzhuang/villages.csv"));
        var header = lines[0].Split(',');
        var records = new List<VillageRecord>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',');
            var values = new Dictionary<string, object?>();
            for (var c = 2; c < header.Length; c++)
            {
                var indicator = rater.Schema.Indicators[rater.Schema.IndexOf(header[c])];
                values[header[c]] = fields[c].Length == 0 ? null : indicator.Type switch
                {
                    IndicatorType.Boolean => bool.Parse(fields[c]),
                    IndicatorType.Enumeration => fields[c],
                    IndicatorType.WholeNumber => int.Parse(fields[c], CultureInfo.InvariantCulture),
                    IndicatorType.Money => decimal.Parse(fields[c], CultureInfo.InvariantCulture),
                    _ => double.Parse(fields[c], CultureInfo.InvariantCulture),
                };
            }

            records.Add(new VillageRecord(fields[0], fields[1], values));
        }

        return records;
    }

    /// <summary>The record as the application's class: each value set on the property the convention names.</summary>
    public static HanzhuangVillage ToObject(VillageRecord record)
    {
        var village = new HanzhuangVillage { Id = record.Id, Name = record.Name };
        foreach (var (key, value) in record.Values)
        {
            var property = typeof(HanzhuangVillage).GetProperty(string.Concat(key.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])), BindingFlags.Public | BindingFlags.Instance)!;
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(village, value switch
            {
                null => null,
                string text when target.IsEnum => Enum.Parse(target, text.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true),
                int code when target.IsEnum => Enum.ToObject(target, code),
                _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
            });
        }

        return village;
    }

    public static Dictionary<string, object?> ToDictionary(VillageRecord record)
    {
        var values = new Dictionary<string, object?> { ["id"] = record.Id, ["name"] = record.Name };
        foreach (var (key, value) in record.Values)
        {
            values[key] = value;
        }

        return values;
    }

    public static string ToJson(IEnumerable<VillageRecord> records)
    {
        var array = new JsonArray();
        foreach (var record in records)
        {
            var village = new JsonObject { ["id"] = record.Id, ["name"] = record.Name };
            foreach (var (key, value) in record.Values)
            {
                village[key] = value switch
                {
                    null => null,
                    bool flag => JsonValue.Create(flag),
                    string text => JsonValue.Create(text),
                    decimal number => JsonValue.Create(number),
                    _ => JsonValue.Create(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
                };
            }

            array.Add(village);
        }

        return array.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static string ToCsv(IReadOnlyList<VillageRecord> records, IReadOnlyList<string> columns)
    {
        var csv = new StringBuilder();
        csv.Append("id,name,").AppendJoin(',', columns).Append('\n');
        foreach (var record in records)
        {
            csv.Append(record.Id).Append(',').Append(record.Name);
            foreach (var column in columns)
            {
                csv.Append(',').Append(record.Values.GetValueOrDefault(column) switch
                {
                    null => string.Empty,
                    bool flag => flag ? "true" : "false",
                    IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                    var other => other.ToString(),
                });
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>A data reader over the records: one typed column per indicator (object where the values' types differ).</summary>
    public static System.Data.DataTable ToTable(IReadOnlyList<VillageRecord> records, IReadOnlyList<string> columns)
    {
        var table = new System.Data.DataTable();
        table.Columns.Add("id", typeof(string));
        table.Columns.Add("name", typeof(string));
        foreach (var column in columns)
        {
            var types = records.Select(r => r.Values.GetValueOrDefault(column)?.GetType()).Where(t => t is not null).Distinct().ToArray();
            table.Columns.Add(column, types.Length == 1 ? types[0]! : typeof(object));
        }

        foreach (var record in records)
        {
            var row = table.NewRow();
            row["id"] = record.Id;
            row["name"] = record.Name;
            foreach (var column in columns)
            {
                row[column] = record.Values.GetValueOrDefault(column) ?? DBNull.Value;
            }

            table.Rows.Add(row);
        }

        return table;
    }

    /// <summary>The records through the batch API: Add, then Set with the value's own type.</summary>
    public static IReadOnlyList<VillageRating> ThroughBatch(StarRater rater, IReadOnlyList<VillageRecord> records)
    {
        var batch = rater.CreateBatch(records.Count);
        foreach (var record in records)
        {
            var row = batch.Add(record.Id, record.Name);
            foreach (var (key, value) in record.Values)
            {
                switch (value)
                {
                    case null:
                        break;
                    case bool flag:
                        batch.Set(row, key, flag);
                        break;
                    case string text:
                        batch.Set(row, key, text);
                        break;
                    case var number when batch.Schema.Indicators[batch.Schema.IndexOf(key)].Type == IndicatorType.Enumeration:
                        // A number given for an enumeration is a code in the batch API; as a file gives it, it is text.
                        batch.Set(row, key, Convert.ToString(number, CultureInfo.InvariantCulture)!);
                        break;
                    default:
                        batch.Set(row, key, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                        break;
                }
            }
        }

        var results = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, results);
        return Enumerable.Range(0, batch.Count).Select(r => rater.RateRow(batch, r, Language.English)).ToArray();
    }
}

/// <summary>One village in neutral form.</summary>
internal sealed record VillageRecord(string Id, string Name, Dictionary<string, object?> Values);
