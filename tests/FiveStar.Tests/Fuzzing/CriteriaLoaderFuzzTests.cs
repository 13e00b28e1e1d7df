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
public class CriteriaLoaderFuzzTests
{
    private static readonly Lazy<StarRaterFactory> Factory = new(() => StarRaterFactory.Create());

    private static readonly Lazy<byte[][]> Seeds = new(() =>
    [
        BuiltInCriteria.TryRead(BuiltInCriteria.HenanRural2022)!,
        File.ReadAllBytes(Support.RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")),
        File.ReadAllBytes(Support.RepositoryPaths.Of("samples/OtherTown/othertown-2023h2.json")),
        Encoding.UTF8.GetBytes("""[ { "WorkflowName": "W", "GlobalParams": [ { "Name": "g", "Expression": "input1.a * 2" } ], "Rules": [ { "RuleName": "R", "Expression": "g > 3 AND input1.b" } ] } ]"""),
    ]);

    [Property(MaxTest = 300)]
    public Property Load_MutatedFile_EndsAsRaterOrCriteriaException(int seed, byte mutations)
    {
        var random = new Random(seed);
        var bytes = Mutate(Seeds.Value[random.Next(Seeds.Value.Length)], random, 1 + (mutations % 8));
        return Outcome(bytes).ToProperty();
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

        var columns = new[] { new DataColumn("a", IndicatorType.Number), new DataColumn("b", IndicatorType.Boolean) };
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

    private static byte[] Mutate(byte[] source, Random random, int count)
    {
        var bytes = new List<byte>(source);
        for (var i = 0; i < count && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 64)));
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 200));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    var depth = random.Next(10, 3000);
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)));
                    break;
                default:
                    var token = random.Next(3) switch { 0 => "(", 1 => "!", _ => "\"" };
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(token, random.Next(10, 5000)))));
                    break;
            }
        }

        return [.. bytes];
    }
}
