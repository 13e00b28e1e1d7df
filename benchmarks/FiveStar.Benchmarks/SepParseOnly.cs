using nietras.SeparatedValues;

namespace FiveStar.Benchmarks;

/// <summary>
/// The end-to-end baseline: parse the villages file with Sep, every field to its typed value (id and name to strings,
/// integers to int, numbers to double, booleans, enumerations to their index), and nothing else, on one thread.
/// </summary>
public static class SepParseOnly
{
    private static readonly string[] Grades = ["excellent", "competent", "basically_competent", "incompetent"];
    private static readonly string[] Levels = ["none", "county", "city", "province", "national"];

    /// <summary>Parses the file.</summary>
    /// <param name="path">The villages file.</param>
    /// <returns>A checksum of the values, so nothing is optimised away.</returns>
    public static double Run(string path)
    {
        using var reader = Sep.Reader().FromFile(path);
        var header = reader.Header;
        var columns = VillageColumn.All;
        var indexes = columns.Select(c => header.IndexOf(c.IndicatorId)).ToArray();
        var id = header.IndexOf("id");
        var name = header.IndexOf("name");
        var sum = 0.0;
        long length = 0;
        foreach (var row in reader)
        {
            length += row[id].ToString().Length + row[name].ToString().Length;
            for (var c = 0; c < columns.Count; c++)
            {
                var col = row[indexes[c]];
                sum += columns[c].Kind switch
                {
                    ColumnKind.Number => col.Parse<double>(),
                    ColumnKind.WholeNumber => col.Parse<int>(),
                    ColumnKind.Boolean => col.Span is "1" ? 1 : col.Span is "0" ? 0 : throw new FormatException(col.ToString()),
                    _ => Lookup(col.Span),
                };
            }
        }

        return sum + length;
    }

    private static int Lookup(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < Grades.Length; i++)
        {
            if (text.SequenceEqual(Grades[i]))
            {
                return i;
            }
        }

        for (var i = 0; i < Levels.Length; i++)
        {
            if (text.SequenceEqual(Levels[i]))
            {
                return i;
            }
        }

        throw new FormatException(text.ToString());
    }
}
