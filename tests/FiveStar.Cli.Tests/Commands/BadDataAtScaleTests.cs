using System.Text;

namespace FiveStar.Cli.Tests.Commands;

/// <summary>A million villages with one percent broken rows of every kind: every broken row reported with its line, every village out.</summary>
[Collection(nameof(BadDataAtScaleTests))]
public class BadDataAtScaleTests
{
    private const int Villages = 1_000_000;

    [Fact]
    public void Score_MillionVillagesWithBrokenRows_ReportsEachAndKeepsEveryVillage()
    {
        using var folder = new TempFolder();
        var input = folder.File("villages.csv");
        var expectedBroken = Generate(input);
        var output = folder.File("results.csv");
        var error = new StringWriter();
        // The heap as each collection leaves it (live data and fragmentation), not counting garbage allocated since the
        // last one: whether that is collected sooner or later depends on the machine's gen0 budget, not on streaming.
        GC.Collect();
        var heapBefore = GC.GetGCMemoryInfo().HeapSizeBytes;
        long peakHeap = 0;
        using var sampler = new Timer(_ => peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes), null, 0, 50);

        var exitCode = CliApp.Run(["score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", input, "-f", "csv", "-o", output], new StringWriter(), error);

        Assert.Equal(1, exitCode);
        var reported = error.ToString().Split('\n').Where(l => l.StartsWith(input + ":", StringComparison.Ordinal)).Select(l => long.Parse(l.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.True(expectedBroken.SetEquals(reported), $"broken rows {expectedBroken.Count}, reported {reported.Count}; not reported: {string.Join(", ", expectedBroken.Except(reported).Take(5))}; reported but not broken: {string.Join(", ", reported.Except(expectedBroken).Take(5))}");
        using var results = new StreamReader(output);
        results.ReadLine();
        var rows = 0;
        var unrated = 0;
        while (results.ReadLine() is { } line)
        {
            rows++;
            unrated += line.Contains(",false,", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(Villages, rows);
        Assert.Equal(expectedBroken.Count, unrated);
        Assert.True(peakHeap - heapBefore < 400L * 1024 * 1024, $"the managed heap grew by {(peakHeap - heapBefore) / (1024 * 1024)} MB while streaming");
    }

    /// <summary>Writes the villages, every hundredth one broken in turn in each way; returns the lines of the broken ones.</summary>
    private static HashSet<long> Generate(string path)
    {
        var sample = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var header = sample[0].Split(',');
        var income = Array.IndexOf(header, "collective_income_yuan");
        var population = Array.IndexOf(header, "population");
        var broken = new HashSet<long>();
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var utf8 = new UTF8Encoding(false);
        void Write(string text) => stream.Write(utf8.GetBytes(text));
        Write(sample[0] + "\n");
        for (var i = 0; i < Villages; i++)
        {
            var line = i + 2L;
            var fields = sample[1 + (i % 33)].Split(',');
            fields[0] = $"v{i:D7}";
            var last = i == Villages - 1;
            var kind = i % 100 == 50 ? (i / 100) % 5 : -1;
            switch (kind)
            {
                case 0:
                    fields[income] = "n/a";
                    break;
                case 1:
                    fields[population] = string.Empty;
                    break;
                case 2:
                    fields = [.. fields, "extra"];
                    break;
                case 3:
                    fields[0] = $"v{i - 1:D7}";
                    break;
            }

            if (kind == 4)
            {
                Write(string.Join(',', fields[..income]) + ",");
                stream.Write([0xC3, 0x28]);
                Write("," + string.Join(',', fields[(income + 1)..]) + "\n");
            }
            else if (last)
            {
                Write(string.Join(',', fields[..10]));
            }
            else
            {
                Write(string.Join(',', fields) + "\n");
            }

            if (kind >= 0 || last)
            {
                broken.Add(line);
            }
        }

        return broken;
    }
}
