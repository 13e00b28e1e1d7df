using System.Globalization;
using FiveStar.Indicators;
using FiveStar.Rating;
using Microsoft.Data.Sqlite;

namespace TownshipApi;

/// <summary>The township's SQLite database: one table of villages, one column per indicator, seeded with Hanzhuang's 33 villages.</summary>
public sealed class TownshipDatabase(string connectionString)
{
    /// <summary>Opens a connection.</summary>
    /// <returns>The open connection.</returns>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Creates the villages table from the rater's indicators and fills it from a CSV file, unless it holds villages already.</summary>
    /// <param name="rater">The rater whose indicators are the columns.</param>
    /// <param name="csvPath">The villages to seed with.</param>
    public void Seed(StarRater rater, string csvPath)
    {
        ArgumentNullException.ThrowIfNull(rater);
        using var connection = Open();
        var indicators = rater.Schema.Indicators;
        using (var create = connection.CreateCommand())
        {
            var columns = string.Concat(indicators.Select(i => $", \"{i.Id}\" {SqlType(i.Type)}"));
            create.CommandText = $"CREATE TABLE IF NOT EXISTS villages (id TEXT PRIMARY KEY, name TEXT NOT NULL{columns})";
            create.ExecuteNonQuery();
        }

        using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM villages";
            if ((long)count.ExecuteScalar()! > 0)
            {
                return;
            }
        }

        var lines = File.ReadAllLines(csvPath);
        var header = lines[0].Split(',');
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO villages ({string.Join(", ", header.Select(h => $"\"{h}\""))}) VALUES ({string.Join(", ", header.Select((_, i) => $"$p{i}"))})";
        var parameters = header.Select((_, i) => insert.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',');
            for (var i = 0; i < header.Length; i++)
            {
                var slot = rater.Schema.IndexOf(header[i]);
                parameters[i].Value = slot < 0 ? fields[i] : Value(indicators[slot].Type, fields[i]);
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static string SqlType(IndicatorType type) => type switch
    {
        IndicatorType.Boolean or IndicatorType.WholeNumber => "INTEGER",
        IndicatorType.Enumeration or IndicatorType.Text => "TEXT",
        _ => "REAL",
    };

    private static object Value(IndicatorType type, string text) => text.Length == 0 ? DBNull.Value : type switch
    {
        IndicatorType.Boolean => bool.Parse(text) ? 1L : 0L,
        IndicatorType.WholeNumber => long.Parse(text, CultureInfo.InvariantCulture),
        IndicatorType.Enumeration or IndicatorType.Text => text,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };
}
