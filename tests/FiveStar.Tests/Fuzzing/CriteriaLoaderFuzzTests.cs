using System.Text;
using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Villages;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FiveStar.Tests.Fuzzing;

/// <summary>
/// Mutated criteria files (flipped bytes, cuts, deletions, duplicated and deeply nested fragments) never crash, hang or
/// blow up the loader: every input ends as a compiled rater or a <see cref="CriteriaException"/>.
/// </summary>
[Collection(nameof(CriteriaLoaderFuzzTests))]
public class CriteriaLoaderFuzzTests
{
    private static readonly Lazy<StarRaterFactory> Factory = new(() => StarRaterFactory.Create(b => b.AddStandardCategories()));

    private static readonly Lazy<byte[][]> Seeds = new(() =>
    [
        File.ReadAllBytes(Support.RepositoryPaths.Of("src/FiveStar.Standard/henan-rural-2022.json")),
        File.ReadAllBytes(Support.RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")),
        File.ReadAllBytes(Support.RepositoryPaths.Of("samples/OtherTown/othertown-2023h2.json")),
        Encoding.UTF8.GetBytes("""[ { "WorkflowName": "W", "GlobalParams": [ { "Name": "g", "Expression": "input1.a * 2" } ], "Rules": [ { "RuleName": "R", "Expression": "g > 3 AND input1.b" } ] } ]"""),
    ]);

    [Property(MaxTest = 300)]
    public Property Load_MutatedFile_EndsAsRaterOrCriteriaException(int seed, byte mutations)
    {
        var random = new Random(seed);
        var bytes = ByteMutator.Mutate(Seeds.Value[random.Next(Seeds.Value.Length)], random, 1 + (mutations % 8));
        return Outcome(bytes).ToProperty();
    }

    /// <summary>
    /// Structural mutations (issue 17): every input ends as a rater or a <see cref="CriteriaException"/> within a time and
    /// memory budget. The inputs run one at a time (this class's collection runs alone), so the allocation measured is theirs.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Load_StructurallyMutatedFile_EndsWithinBudget(int seed, byte mutations)
    {
        var random = new Random(seed);
        var bytes = StructureMutator.Mutate(Seeds.Value[random.Next(Seeds.Value.Length)], random, 1 + (mutations % 4));
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var started = System.Diagnostics.Stopwatch.StartNew();

        var outcome = Outcome(bytes);

        var elapsed = started.Elapsed;
        var megabytes = (GC.GetTotalAllocatedBytes(precise: false) - allocated) / (1024 * 1024);
        return (outcome && elapsed < TimeSpan.FromSeconds(10) && megabytes < 1_024)
            .Label($"{bytes.Length:N0} bytes: {elapsed.TotalMilliseconds:N0} ms, {megabytes:N0} MiB allocated");
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Load_RegressionCorpus_EndsAsRaterOrCriteriaException(string file)
    {
        Assert.True(Outcome(File.ReadAllBytes(file)));
    }

    public static TheoryData<string> Regressions()
    {
        var data = new TheoryData<string>();
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz-regressions");
        foreach (var file in Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToArray() : [])
        {
            data.Add(file);
        }

        return data;
    }

    private static bool Outcome(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return true;
        }

        var columns = new[] { new VillageColumn("a", IndicatorType.Number), new VillageColumn("b", IndicatorType.Boolean) };
        var load = Task.Run(() =>
        {
            try
            {
                using var stream = new MemoryStream(bytes);
                Factory.Value.FromStream(stream, "fuzz.json", null, columns);
                return true;
            }
            catch (CriteriaException)
            {
                return true;
            }
        });
        if (!load.Wait(TimeSpan.FromSeconds(20)))
        {
            throw new TimeoutException("the loader did not finish within 20 s");
        }

        return load.Result;
    }
}
