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
/// Mutated village files (CSV, JSON array, JSON Lines) never crash, hang or grow memory: each ends either as a header
/// that cannot be read (<see cref="InvalidDataException"/> when opening) or as villages that are all rated, every
/// problem carrying a line, and no more villages read than the file has lines or objects.
/// </summary>
public class VillageReaderFuzzTests
{
    private static readonly Lazy<StarRater> Rater = new(() => StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")));

    private static readonly Lazy<(VillageFileFormat Format, byte[] Bytes)[]> Seeds = new(() =>
    {
        var csv = File.ReadAllText(RepositoryPaths.Of("samples/Hanzhuang/villages.csv"));
        var objects = CsvAsObjects(csv);
        return
        [
            (VillageFileFormat.Csv, Encoding.UTF8.GetBytes(csv)),
            (VillageFileFormat.Json, Encoding.UTF8.GetBytes(new JsonArray([.. objects]).ToJsonString())),
            (VillageFileFormat.JsonLines, Encoding.UTF8.GetBytes(string.Join('\n', objects.Select(o => o.ToJsonString())))),
        ];
    });

    [Property(MaxTest = 300)]
    public Property Read_MutatedFile_EveryVillageRatedOrHeaderRejected(int seed, byte mutations)
    {
        var random = new Random(seed);
        var (format, source) = Seeds.Value[random.Next(Seeds.Value.Length)];
        var bytes = ByteMutator.Mutate(source, random, 1 + (mutations % 8));
        return Outcome(bytes, format).ToProperty();
    }

    [Theory]
    [InlineData(VillageFileFormat.Csv)]
    [InlineData(VillageFileFormat.Json)]
    [InlineData(VillageFileFormat.JsonLines)]
    public void Read_UnmutatedSeed_ReadsAll33VillagesWithoutProblems(VillageFileFormat format)
    {
        // The seeds are valid, so what the mutations break is the mutation's doing.
        var batch = ReadAll(Seeds.Value.Single(s => s.Format == format).Bytes, format);

        Assert.Equal(33, batch.Count);
        Assert.All(Enumerable.Range(0, batch.Count), row => Assert.Empty(batch.GetProblems(row)));
    }

    private static bool Outcome(byte[] bytes, VillageFileFormat format)
    {
        var read = Task.Run(() =>
        {
            VillageBatch batch;
            try
            {
                batch = ReadAll(bytes, format);
            }
            catch (InvalidDataException)
            {
                return true;
            }

            var buffer = Rater.Value.CreateBuffer(batch.Count);
            Rater.Value.Rate(batch, buffer);
            var lines = bytes.Count(b => b == (byte)'\n') + 1;
            var objects = bytes.Count(b => b == (byte)'{');
            var bound = format == VillageFileFormat.Csv ? lines : Math.Max(lines, objects);
            return batch.Count <= bound
                && Enumerable.Range(0, batch.Count).All(row => batch.GetProblems(row).All(p => p.Line is > 0));
        });
        if (!read.Wait(TimeSpan.FromSeconds(20)))
        {
            throw new TimeoutException("the reader did not finish within 20 s");
        }

        return read.Result;
    }

    private static VillageBatch ReadAll(byte[] bytes, VillageFileFormat format)
    {
        using var reader = VillageReader.FromStream(new MemoryStream(bytes), Rater.Value.Schema, format, "fuzz");
        var batch = Rater.Value.CreateBatch(64);
        while (reader.ReadBatch(batch, 64) > 0)
        {
        }

        return batch;
    }

    private static List<JsonObject> CsvAsObjects(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(line =>
        {
            var village = new JsonObject();
            foreach (var (name, text) in header.Zip(line.Split(',')))
            {
                village[name] = text switch
                {
                    "true" => true,
                    "false" => false,
                    _ when double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number) && name is not ("id" or "name") => number,
                    _ => text,
                };
            }

            return village;
        }).ToList();
    }
}
