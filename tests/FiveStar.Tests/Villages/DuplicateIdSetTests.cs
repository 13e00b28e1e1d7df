using System.Text;
using FiveStar.Tests.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

public class DuplicateIdSetTests
{
    [Theory]
    [InlineData(3, 3_000)]
    [InlineData(16, 3_000)]
    [InlineData(257, 3_000)]
    [InlineData(20_000, 120_000)]
    public void AddId_IdsAcrossManySpills_AgreesWithHashSetExactly(int bound, int ids)
    {
        // Repeats of ids from long before the last spill, from the current table and from the run just written; the
        // largest bound fills tables of 2^16 slots, whose runs are sorted from the table's own order.
        var random = new Random(bound);
        using var folder = new TempDirectory();
        using var set = new DuplicateIdSet(bound, folder: folder.Path);
        var reference = new HashSet<string>(StringComparer.Ordinal);
        var seen = new List<string>();
        for (var i = 0; i < ids; i++)
        {
            var id = seen.Count > 0 && random.Next(5) == 0 ? seen[random.Next(seen.Count)] : "v" + random.Next(0, 10_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            seen.Add(id);

            Assert.Equal(reference.Add(id), set.AddId(id));
        }

        Assert.Equal(reference.Count, set.Count);
        Assert.True(set.Runs >= reference.Count / bound - 1);
    }

    [Fact]
    public void AddId_EveryIdHasTheSameHash_DistinctIdsAreNotDuplicatesOnEitherSideOfTheSpill()
    {
        using var folder = new TempDirectory();
        using var set = new DuplicateIdSet(memoryBound: 7, hash: _ => 42, folder: folder.Path);
        var reference = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 600; i++)
        {
            // Ids of other lengths and of the same length; a third of them repeats.
            var id = i % 3 == 2 ? "村" + (i / 7) : "id-" + i;

            Assert.Equal(reference.Add(id), set.AddId(id));
        }

        Assert.True(set.Runs > 20);
    }

    [Fact]
    public void AddId_PoorHashAndLongIds_AgreesWithHashSetExactly()
    {
        using var folder = new TempDirectory();
        using var set = new DuplicateIdSet(memoryBound: 50, hash: id => (ulong)id.Length % 5, folder: folder.Path);
        var reference = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(3);
        for (var i = 0; i < 3_000; i++)
        {
            var id = new string('x', random.Next(1, 40)) + random.Next(0, 400);

            Assert.Equal(reference.Add(id), set.AddId(id));
        }
    }

    [Fact]
    public void Dispose_AfterSpills_LeavesNoTemporaryFile()
    {
        using var folder = new TempDirectory();
        var set = new DuplicateIdSet(memoryBound: 10, folder: folder.Path);
        for (var i = 0; i < 100; i++)
        {
            set.AddId("v" + i);
        }

        Assert.NotEmpty(Directory.GetFiles(folder.Path));

        set.Dispose();

        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void ReadBatch_DuplicatesBeforeAndAfterTheSpill_EachMarkedOnceAndNoOtherVillage()
    {
        // A CSV of 400 villages with an id memory bound of 8: id 3 repeats after 50 spills, id 390 right after itself.
        var lines = File.ReadAllLines(RepositoryPaths.Of("samples/Hanzhuang/villages.csv"));
        var row = lines[1][lines[1].IndexOf(',', StringComparison.Ordinal)..];
        var csv = new StringBuilder(lines[0]).Append('\n');
        var ids = Enumerable.Range(0, 400).Select(i => "x" + i).ToList();
        ids.Insert(391, "x390");
        ids.Add("x3");
        foreach (var id in ids)
        {
            csv.Append(id).Append(row).Append('\n');
        }

        var batch = Hanzhuang.Rater.CreateBatch(ids.Count);
        using (var reader = VillageReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), Hanzhuang.Rater.Schema, VillageFileFormat.Csv, "villages.csv", null, idMemoryBound: 8))
        {
            reader.ReadBatch(batch, int.MaxValue);
        }

        var duplicates = Enumerable.Range(0, batch.Count).Where(batch.HasErrors).ToArray();
        Assert.Equal([391, 401], duplicates);
        Assert.All(duplicates, v => Assert.Contains(batch.GetProblems(v), p => p.Kind == FiveStar.Rating.DataProblemKind.DuplicateId));
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("fivestar-ids-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
