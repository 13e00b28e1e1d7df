using nietras.SeparatedValues;

namespace FiveStar.Benchmarks;

/// <summary>
/// The end-to-end input: a CSV file of generated villages with an <c>id</c> and <c>name</c> column and one column per
/// indicator (booleans 1/0, enumerations by value id). Written once per size and seed under the temp folder, and reused.
/// </summary>
public static class VillageCsvFile
{
    /// <summary>Gets the path of the file for a size, writing it first when missing.</summary>
    /// <param name="count">The number of villages.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The path.</returns>
    public static string Ensure(int count, int seed = VillageGenerator.DefaultSeed)
    {
        var folder = Path.Combine(Path.GetTempPath(), "fivestar-bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"villages-{count}-{seed}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        var partial = path + "." + Environment.ProcessId + ".tmp";
        var generator = new VillageGenerator(rater: null, seed);
        var village = new Village();
        var columns = VillageColumn.All;
        using (var writer = Sep.Writer().ToFile(partial))
        {
            for (var i = 0; i < count; i++)
            {
                generator.Next(village, i);
                using var row = writer.NewRow();
                row["id"].Set(village.Id);
                row["name"].Set(village.Id);
                foreach (var column in columns)
                {
                    var cell = row[column.IndicatorId];
                    switch (column.Kind)
                    {
                        case ColumnKind.Enumeration:
                            cell.Set(column.Text!(village));
                            break;
                        case ColumnKind.Number:
                            cell.Format(column.Number!(village));
                            break;
                        default:
                            cell.Format((long)column.Number!(village));
                            break;
                    }
                }
            }
        }

        File.Move(partial, path, overwrite: true);
        Console.WriteLine($"Wrote {count:N0} villages to {path} ({new FileInfo(path).Length / (1 << 20):N0} MiB).");
        return path;
    }

    /// <summary>Writes the shipped henan-rural-2022 document to a file, as a user passes it to <c>fivestar score</c>.</summary>
    /// <returns>The path.</returns>
    public static string CriteriaPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "fivestar-bench", "henan-rural-2022.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var shipped = StarRaterFactory.Create(b => b.AddStandardCategories()).Catalog.FindShipped(StandardCriteria.HenanRural2022)!.Open())
        using (var file = File.Create(path))
        {
            shipped.CopyTo(file);
        }

        return path;
    }

    /// <summary>Gets a scratch path for results.</summary>
    /// <returns>The path.</returns>
    public static string ResultsPath() => Path.Combine(Path.GetTempPath(), "fivestar-bench", $"results-{Environment.ProcessId}.csv");

}
