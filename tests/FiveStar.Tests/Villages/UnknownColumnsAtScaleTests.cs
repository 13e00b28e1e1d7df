using System.Text;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

/// <summary>Issue #17, class 10: a million columns no indicator declares cost a hundred warnings, not a million name searches.</summary>
public class UnknownColumnsAtScaleTests
{
    [Fact]
    public void Open_MillionUnknownColumns_WarnsAHundredTimesAndCountsTheRest()
    {
        var rater = TestFactory.Rater("""
        { "schemaVersion": "1.0", "id": "wide",
          "indicators": [ { "id": "income", "name": { "zh": "收入", "en": "Income" }, "type": "money", "min": 0 } ],
          "categories": [ { "id": "c", "name": { "zh": "星", "en": "Star" }, "rules": [ { "id": "R1", "expression": "income >= 100" } ] } ] }
        """);
        const int columns = 1_000_000;
        var csv = new StringBuilder("id,income");
        for (var i = 0; i < columns; i++)
        {
            csv.Append(",x").Append(i.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        }

        csv.Append("\nv1,200\n");
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());

        using var reader = VillageReader.FromStream(new MemoryStream(bytes), rater.Schema, VillageFileFormat.Csv, "wide.csv");
        var batch = rater.CreateBatch(4);
        reader.ReadBatch(batch, 4);

        // No clock here (timings belong to benchmarks): that only the first hundred are named is what keeps the
        // name searches, which took 29 s for a million columns, bounded.
        Assert.Equal(1, batch.Count);
        Assert.Equal(200, batch.Get(0, batch.Schema.IndexOf("income")));
        Assert.Equal(101, reader.Warnings.Count(w => w.Kind == DataProblemKind.UnknownColumn));
        Assert.Contains("only the first 100 are named", reader.Warnings[^1].Message, StringComparison.Ordinal);
    }
}
