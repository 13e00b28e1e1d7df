using System.Globalization;
using System.Text;
using FiveStar.Rating;
using FiveStar.Tests.Fuzzing;
using FiveStar.Tests.Support;
using FiveStar.Villages;
using FiveStar.Villages.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FiveStar.Tests.Villages;

/// <summary>
/// Issue #16: a CSV file read in blocks parsed on workers gives exactly what reading it in one go gives: the same
/// villages in the same order, the same values, and the same problems with the same lines, columns and messages,
/// whatever the block size (1 character makes every line its own block).
/// </summary>
public class CsvBlockReadingTests
{
    // The same indicators as the one-go reader's own tests, so the two read the same kind of file.
    private const string Criteria = VillageReaderTests.Criteria;

    private const string Header = "id,name,income,toilets,adviser,grade,colour";

    private static readonly Lazy<StarRater> Small = new(() => TestFactory.Rater(Criteria));

    private static readonly Lazy<StarRater> Hanzhuang = new(() => StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")));

    private static readonly Lazy<byte[]> Sample = new(() => File.ReadAllBytes(RepositoryPaths.Of("samples/Hanzhuang/villages.csv")));

    private static readonly int[] BlockSizes = [1, 2, 7, 40, 333, CsvVillageSource.DefaultBlockChars];

    public static TheoryData<string, string> Files() => new()
    {
        { "faults", Header + "\nv1,一村,200,80,true,good,red\nv2,二村,lots,80,true,good,red\nv3,三村,,80,true,good,red\nv4,四村,200,130,true,good,red\nv6,六村,200,80,maybe,great,red\nv7,七村,200,80\n\"v8\",\"八村, 东\",200,80,是,poor,red\nv9,九村,200" },
        { "quoted line breaks", Header + "\nv1,\"一村\n东头\",200,80,true,good,red\nv2,\"二\r\n村\",300,80,false,poor,\"x\ny\nz\"\nv3,三村,1,2,1,good,\n" },
        { "stray quotes", Header + "\nv1,一\"村,200,80,true,good,red\nv2,二村,300,80,true,good,red\nv3,\"三村,300,80\nv4,四村,300,80,true,good,red\nv5,五村,1,1,1,good,\"open" },
        { "duplicates", Header + "\nv1,一村,200,80,1,good,r\nv2,二村,200,80,1,good,r\nv1,又一村,200,80,1,good,r\n v2 ,二村,200,80,1,good,r\nv3,三村,200,80,1,good,r\nv1,三一村,1,1,1,good,r\n,无号,1,1,1,good,r\n,无号,1,1,1,good,r\nline-9,冒名,1,1,1,good,r\n" },
        { "crlf", Header + "\r\nv1,一村,200,80,true,good,red\r\nv2,二村,x,80,true,good,red\r\n\r\nv3,三村,200,80,true,good,red\r\n" },
        { "lone cr", Header + "\rv1,一村,200,80,true,good,red\rv2,二村,x,80,true,good,red\rv3,三村,200,80,true,good,red" },
        { "blank lines", Header + "\n\n,,,,,,\nv1,一村,200,80,1,good,r\n   \n\n;;\nv2,二村,200,80,1,good,r\n\n\n" },
        { "no last line break", Header + "\nv1,一村,200,80,1,good,r\nv2,二村,200,80,1,good,r" },
        { "header only", Header },
        { "header without line break then nothing", Header + "\n" },
        { "empty", string.Empty },
        { "semicolons", Header.Replace(',', ';') + "\nv1;一村;200,5;80;1;good;r\nv2;二村;x;80;1;good;r\n" },
        { "quoted header line break", "id,\"na\nme\",income\nv1,一村,200\nv2,二村,x\n" },
        { "unclosed over many lines", Header + "\nv1,\"一村,200,80,1,good,r\n" + string.Concat(Enumerable.Range(2, 150).Select(i => $"v{i},村{i},{i}\n")) + "v999,末村,1,1,1,good,r\n" },
        { "spaces around fields and quotes", Header + "\n v1 , \"八村, 东\" , 200 , 80 ,true , good,red \n\"v2\" ,\" 二\"\"村\" ,\" 300\", 80,1,good, \"r\"\"\" \nv3,\t\"三\"\t,\"\"\"4\"\"\",1,1,good,r\n" },
        { "unclosed at the end", Header + "\nv1,一村,200,80,1,good,r\nv2,\"二村\nv3,三村\nv4\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void ReadBatch_BlocksOfAnySize_GiveWhatOneGoGives(string description, string csv)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var expected = Snapshot(Small.Value, bytes, 0);

        foreach (var blockChars in BlockSizes)
        {
            Assert.True(expected == Snapshot(Small.Value, bytes, blockChars), $"{description}, blocks of {blockChars}:\n{Diff(expected, Snapshot(Small.Value, bytes, blockChars))}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(CsvVillageSource.DefaultBlockChars)]
    public void ReadBatch_LoneCarriageReturnsAroundABlankLineInBlocks_NumberEveryLine(int blockChars)
    {
        // Read in one go, line by line through the guard, Sep 0.17 takes "\r" "\r" across two reads as one line break
        // and numbers v3 line 4; in blocks every line counts.
        var bytes = Encoding.UTF8.GetBytes(Header + "\rv1,一村,200,80,true,good,red\rv2,二村,x,80,true,good,red\r\rv3,三村,lots,80,true,good,red\r");

        var (batch, _) = Read(Small.Value, bytes, blockChars);

        Assert.Equal([2L, 3L, 5L], Enumerable.Range(0, batch.Count).Select(batch.GetLine));
        Assert.Equal(5, Assert.Single(batch.GetProblems(2)).Line);
    }

    [Fact]
    public void ReadBatch_ByteOrderMark_IsNotPartOfTheFirstColumnInBlocks()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "\nv1,一村,200,80,1,good,r\nv1,二村,200,80,1,good,r\n")).ToArray();

        var (batch, _) = Read(Small.Value, bytes, blockChars: 1);

        Assert.Equal(["v1", "v1"], Enumerable.Range(0, batch.Count).Select(batch.GetId));
        Assert.Equal(Snapshot(Small.Value, bytes, 0), Snapshot(Small.Value, bytes, 1));
    }

    [Fact]
    public void ReadBatch_DuplicateInALaterBlock_IsReportedOnTheLaterVillageWithItsLine()
    {
        var rows = Enumerable.Range(1, 500).Select(i => $"v{i % 300},村{i},200,80,1,good,r");
        var bytes = Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n");

        var (batch, _) = Read(Small.Value, bytes, blockChars: 64);

        Assert.Equal(500, batch.Count);
        for (var row = 0; row < batch.Count; row++)
        {
            var duplicate = batch.GetProblems(row).Where(p => p.Kind == DataProblemKind.DuplicateId).ToList();
            Assert.Equal(row >= 300 ? 1 : 0, duplicate.Count);
            if (row >= 300)
            {
                Assert.Equal(row + 2, duplicate[0].Line);
                Assert.Same(duplicate[0], batch.GetProblems(row)[0]);
            }
        }

        Assert.Equal(Snapshot(Small.Value, bytes, 0), Snapshot(Small.Value, bytes, 64));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void ReadBatch_EmptyRequiredValueAndReusedId_AreReportedAtTheirColumns(int blockChars)
    {
        // The id is not the first column here, so column 1 would point at the wrong field.
        var bytes = Encoding.UTF8.GetBytes("name,toilets,id,income\n一村,80,v1,200\n二村,80,v2,\n又一村,80,v1,300\n");

        var (batch, _) = Read(Small.Value, bytes, blockChars);

        var missing = Assert.Single(batch.GetProblems(1));
        Assert.Equal((DataProblemKind.MissingRequired, "income", 3L, 4), (missing.Kind, missing.Indicator, missing.Line, missing.Column));
        var duplicate = Assert.Single(batch.GetProblems(2));
        Assert.Equal((DataProblemKind.DuplicateId, 4L, 3), (duplicate.Kind, duplicate.Line, duplicate.Column));
    }

    [Fact]
    public void ReadBatch_LineLongerThanARowInBlocks_IsCutAndReportedAsInOneGo()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "\nv1," + new string('x', CsvLineGuard.MaxLineLength + 10) + ",200,80\nv2,二村,300,80\n");

        Assert.Equal(Snapshot(Small.Value, bytes, 0), Snapshot(Small.Value, bytes, 1000));
    }

    [Fact]
    public void ReadBatch_HanzhuangSampleInBlocks_GivesWhatOneGoGives()
    {
        var expected = Snapshot(Hanzhuang.Value, Sample.Value, 0);

        foreach (var blockChars in BlockSizes)
        {
            Assert.Equal(expected, Snapshot(Hanzhuang.Value, Sample.Value, blockChars));
        }
    }

    [Fact]
    public void ReadNext_WorkersRunningParsesOverAndOver_NeverParseABlockBeingFilled()
    {
        // The reader parses a block it waits for itself when no worker has taken it, and the worker queued for it runs
        // later, maybe while the block is being filled for a later part of the file: it must not claim it then (half
        // filled, before its line fixes are queued). Here one thread runs every parse ever queued, again and again,
        // all through the read, so any moment a block can be claimed, it is.
        var text = new StringBuilder(Header);
        for (var i = 0; i < 3_000; i++)
        {
            // Every 150th line opens a quote no line closes: the guard ends it after the most lines a quote may take.
            var quote = i % 150 == 7 ? "\"" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"\nv{i},{quote}村{i},{i},80,1,good,r");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var rater = Small.Value;
        var expected = Villages(Read(rater, bytes, 0).Batch);
        var queued = new System.Collections.Concurrent.ConcurrentQueue<Action>();
        using var stop = new CancellationTokenSource();
        var worker = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var parse in queued)
                {
                    parse();
                }
            }
        });
        worker.Start();

        using var builder = new VillageRowBuilder(rater.Schema);
        var batch = rater.CreateBatch(16);
        using (var source = new CsvVillageSource(new MemoryStream(bytes), builder, blockChars: 90, queued.Enqueue))
        {
            while (source.ReadNext(batch, builder) >= 0)
            {
            }
        }

        stop.Cancel();
        worker.Join();
        var actual = Villages(batch);
        Assert.True(expected == actual, Diff(expected, actual));
    }

    [Property(MaxTest = 200)]
    public Property ReadBatch_MutatedFileInBlocks_GivesWhatOneGoGives(int seed, byte mutations)
    {
        var random = new Random(seed);
        var bytes = random.Next(2) == 0
            ? ByteMutator.Mutate(Sample.Value, random, 1 + (mutations % 8))
            : StructureMutator.Mutate(Sample.Value, random, 1 + (mutations % 8));
        var blockChars = random.Next(3) == 0 ? 1 : random.Next(1, 4000);
        if (bytes.AsSpan().IndexOf("\r\r"u8) >= 0)
        {
            return true.Label("lone CR before a blank line");
        }

        var expected = Snapshot(Hanzhuang.Value, bytes, 0);
        var actual = Snapshot(Hanzhuang.Value, bytes, blockChars);

        return (expected == actual).Label($"blocks of {blockChars}:\n{Diff(expected, actual)}");
    }

    [Property(MaxTest = 200)]
    public Property ReadBatch_RandomLinesInBlocks_GiveWhatOneGoGives(int seed)
    {
        var random = new Random(seed);
        string[] pieces = ["v{0},村{0},200,80,1,good,r", "v{0},\"村\n{0}\",1,2,0,poor,", "v{0},村\"{0},3,4,1,good,r", "\"v{0},村,5", "", ",,,,,,", "v1,重,1,1,1,good,r", ",无号,1,1,1,good,r", "v{0},村{0},x,999,maybe,great", "v{0},\"a\"\"b\",1,1,1,good,\"r\r\ns\""];
        string[] breaks = ["\n", "\r\n", "\r"];
        var text = new StringBuilder(Header);
        var count = random.Next(0, 60);
        for (var i = 0; i < count; i++)
        {
            text.Append(breaks[random.Next(breaks.Length)]);
            text.Append(string.Format(CultureInfo.InvariantCulture, pieces[random.Next(pieces.Length)], i));
        }

        if (random.Next(2) == 0)
        {
            text.Append(breaks[random.Next(breaks.Length)]);
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var blockChars = random.Next(1, 300);
        if (text.ToString().Contains("\r\r", StringComparison.Ordinal))
        {
            // A lone carriage return before a blank line: the one-go reader numbers the lines after it one too low
            // (ReadBatch_LoneCarriageReturnsAroundABlankLineInBlocks_NumberEveryLine).
            return true.Label("lone CR before a blank line");
        }

        var expected = Snapshot(Small.Value, bytes, 0);
        var actual = Snapshot(Small.Value, bytes, blockChars);

        return (expected == actual).Label($"blocks of {blockChars}:\n{Diff(expected, actual)}");
    }

    private static (VillageBatch Batch, IReadOnlyList<DataProblem> Warnings) Read(StarRater rater, byte[] bytes, int blockChars)
    {
        using var reader = VillageReader.FromStream(new MemoryStream(bytes), rater.Schema, VillageFileFormat.Csv, "blocks.csv", null, DuplicateIdSet.DefaultMemoryBound, blockChars);
        var batch = rater.CreateBatch(16);

        // A few villages a call, so that calls end inside blocks as well as at their ends.
        while (reader.ReadBatch(batch, 5) > 0)
        {
        }

        return (batch, reader.Warnings);
    }

    /// <summary>Everything a reader gives, as text: the header's error, or the columns, each village and its problems, and the file's warnings.</summary>
    private static string Snapshot(StarRater rater, byte[] bytes, int blockChars)
    {
        VillageBatch batch;
        IReadOnlyList<DataProblem> warnings;
        try
        {
            (batch, warnings) = Read(rater, bytes, blockChars);
        }
        catch (InvalidDataException exception)
        {
            return "header: " + exception.Message;
        }

        var text = new StringBuilder(Villages(batch));
        foreach (var warning in warnings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"warning {Show(warning)}");
        }

        return text.ToString();
    }

    /// <summary>Each village and its problems, as text.</summary>
    private static string Villages(VillageBatch batch)
    {
        var text = new StringBuilder();
        for (var row = 0; row < batch.Count; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{batch.GetId(row)} | {batch.GetName(row)} | {batch.GetLine(row)} |");
            for (var slot = 0; slot < batch.Schema.Count; slot++)
            {
                text.Append(' ').Append(batch.Get(row, slot).ToString("R", CultureInfo.InvariantCulture));
            }

            text.AppendLine();
            foreach (var problem in batch.GetProblems(row))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Show(problem)}");
            }
        }

        return text.ToString();
    }

    private static string Show(DataProblem problem) =>
        $"{problem.Kind} {problem.Severity} {problem.Indicator} {problem.Line}:{problem.Column} {problem.Cell} {problem.Message}";

    private static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var at = 0;
        while (at < e.Length && at < a.Length && e[at] == a[at])
        {
            at++;
        }

        return $"first difference at line {at + 1}:\n  one go: {(at < e.Length ? e[at] : "(end)")}\n  blocks: {(at < a.Length ? a[at] : "(end)")}";
    }
}
