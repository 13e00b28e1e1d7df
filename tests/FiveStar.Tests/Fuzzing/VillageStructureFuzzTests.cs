using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages;
using FiveStar.Villages.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FiveStar.Tests.Fuzzing;

/// <summary>
/// Issue #17: village files broken the structural ways of class 4 (deep nesting, data after the array, blank lines,
/// numbers no double holds, duplicate keys, stray quotes, 20-digit ids), a few at a time: every input village comes
/// out, rated or with its problems, none is made up, and each input is read within a time and memory budget.
/// </summary>
public class VillageStructureFuzzTests
{
    private const int Villages = 40;
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(10);
    private const long MemoryBudget = 256L * 1024 * 1024;

    private static readonly Lazy<StarRater> Rater = new(() => StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")));

    private static readonly Lazy<(string Header, string[] Rows)> Sample = new(() =>
    {
        var lines = File.ReadAllLines(RepositoryPaths.Of("samples/Hanzhuang/villages.csv")).Where(l => l.Length > 0).ToArray();
        return (lines[0], lines[1..]);
    });

    [Property(MaxTest = 150)]
    public Property Read_StructurallyBrokenFile_EveryVillageComesOutAndNoneIsMadeUp(int seed, byte mutations)
    {
        var random = new Random(seed);
        var format = (VillageFileFormat)new[] { VillageFileFormat.Csv, VillageFileFormat.Json, VillageFileFormat.JsonLines }[random.Next(3)];
        var (bytes, ids) = Build(format, random, 1 + (mutations % 6));
        return Outcome(bytes, format, ids).ToProperty();
    }

    [Theory]
    [InlineData(VillageFileFormat.Csv)]
    [InlineData(VillageFileFormat.Json)]
    [InlineData(VillageFileFormat.JsonLines)]
    public void Read_UnbrokenFile_ReadsEveryVillageWithoutProblems(VillageFileFormat format)
    {
        var (bytes, ids) = Build(format, new Random(1), mutations: 0);

        var batch = ReadAll(bytes, format, out var fileErrors);

        Assert.Equal(ids, Enumerable.Range(0, batch.Count).Select(batch.GetId));
        Assert.All(Enumerable.Range(0, batch.Count), row => Assert.Empty(batch.GetProblems(row)));
        Assert.Equal(0, fileErrors);
    }

    private static bool Outcome(byte[] bytes, VillageFileFormat format, string[] ids)
    {
        var clock = Stopwatch.StartNew();
        var read = Task.Run(() =>
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var batch = ReadAll(bytes, format, out _);
            var buffer = Rater.Value.CreateBuffer(batch.Count);
            Rater.Value.Rate(batch, buffer);
            var memory = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var read = Enumerable.Range(0, batch.Count).Select(batch.GetId).ToList();

            // Every input village is there (rated, or listed with problems), and nothing else is.
            var complete = read.Count == ids.Length && ids.All(read.Contains);
            return (complete, memory, Detail: complete ? string.Empty : $"read {read.Count} villages: {string.Join(", ", read.Except(ids).Take(5))} made up; {string.Join(", ", ids.Except(read).Take(5))} lost");
        });
        if (!read.Wait(TimeBudget))
        {
            throw new TimeoutException($"the reader did not finish within {TimeBudget.TotalSeconds} s");
        }

        var (complete, memory, detail) = read.Result;
        Assert.True(complete, detail);
        Assert.True(memory < MemoryBudget, $"reading allocated {memory:N0} bytes");
        return clock.Elapsed < TimeBudget;
    }

    /// <summary>A file of <see cref="Villages"/> villages with unique ids, broken <paramref name="mutations"/> times in ways that keep every village's id readable.</summary>
    private static (byte[] Bytes, string[] Ids) Build(VillageFileFormat format, Random random, int mutations)
    {
        var (header, rows) = Sample.Value;
        var names = header.Split(',');
        var ids = Enumerable.Range(0, Villages).Select(i => random.Next(4) == 0 ? $"{12345678901234567890m + i}" : $"fz{i}").ToArray();
        var fields = Enumerable.Range(0, Villages).Select(i =>
        {
            var values = rows[i % rows.Length].Split(',');
            values[0] = ids[i];
            return values;
        }).ToArray();
        if (format == VillageFileFormat.Csv)
        {
            var lines = fields.Select(f => string.Join(',', f)).ToList();
            for (var m = 0; m < mutations; m++)
            {
                var at = random.Next(lines.Count);
                if (lines[at].Split(',').Length < 3)
                {
                    // A blank line inserted before: left as it is.
                    continue;
                }

                switch (random.Next(4))
                {
                    case 0:
                        // A stray quote in the name.
                        var f = lines[at].Split(',');
                        f[1] = f[1].Insert(random.Next(f[1].Length + 1), "\"");
                        lines[at] = string.Join(',', f);
                        break;
                    case 1:
                        lines.Insert(random.Next(lines.Count + 1), random.Next(2) == 0 ? string.Empty : new string(',', names.Length - 1));
                        break;
                    case 2:
                        var g = lines[at].Split(',');
                        g[2 + random.Next(g.Length - 2)] = random.Next(2) == 0 ? "1e999" : "-1e400";
                        lines[at] = string.Join(',', g);
                        break;
                    default:
                        lines.Add(string.Empty);
                        break;
                }
            }

            return (Encoding.UTF8.GetBytes(header + "\n" + string.Join('\n', lines) + "\n"), ids);
        }

        var objects = fields.Select(f => Village(names, f)).ToList();
        var tail = string.Empty;
        for (var m = 0; m < mutations; m++)
        {
            var k = random.Next(objects.Count);
            var village = objects[k];
            switch (random.Next(5))
            {
                case 0:
                    var depth = random.Next(17, 300);
                    village = "{\"notes\":" + new string('[', depth) + new string(']', depth) + "," + village[1..];
                    break;
                case 1:
                    village = village.Replace("\"population\":", "\"population\":1e999,\"population_extra\":", StringComparison.Ordinal);
                    break;
                case 2:
                    village = village.Replace("\"name\":", "\"Population\":5,\"population\":6,\"name\":", StringComparison.Ordinal);
                    break;
                case 3:
                    tail = format == VillageFileFormat.Json ? "\n{\"id\":\"after\"}\n" : "\n\n   \n";
                    continue;
                default:
                    village = village.Replace("\"name\":", "\"x\":" + new string('9', 400) + ",\"name\":", StringComparison.Ordinal);
                    break;
            }

            objects[k] = village;
        }

        var text = format == VillageFileFormat.Json
            ? "[\n" + string.Join(",\n", objects) + "\n]" + tail
            : string.Join('\n', objects) + tail;
        return (Encoding.UTF8.GetBytes(text), ids);
    }

    private static string Village(string[] names, string[] values)
    {
        var village = new JsonObject();
        foreach (var (name, text) in names.Zip(values))
        {
            village[name] = text switch
            {
                "true" => true,
                "false" => false,
                _ when double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number) && name is not ("id" or "name") => number,
                _ => text,
            };
        }

        var json = village.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        // A 20-digit id is written as a JSON number, which no double holds exactly: it must come out as written.
        return values[0].All(char.IsAsciiDigit) ? json.Replace($"\"id\":\"{values[0]}\"", $"\"id\":{values[0]}", StringComparison.Ordinal) : json;
    }

    private static VillageBatch ReadAll(byte[] bytes, VillageFileFormat format, out int fileErrors)
    {
        using var reader = VillageReader.FromStream(new MemoryStream(bytes), Rater.Value.Schema, format, "fuzz");
        var batch = Rater.Value.CreateBatch(64);
        while (reader.ReadBatch(batch, 64) > 0)
        {
        }

        fileErrors = reader.Warnings.Count(w => w.Severity == ProblemSeverity.Error);
        return batch;
    }
}
