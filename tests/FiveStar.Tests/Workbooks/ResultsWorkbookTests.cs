using FiveStar.Rating;
using FiveStar.Tests.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Workbooks;

namespace FiveStar.Tests.Workbooks;

public class ResultsWorkbookTests
{
    [Fact]
    public async Task CompleteAsync_Hanzhuang_SummarySheetGivesThePublishedFigures()
    {
        var workbook = await Write(Hanzhuang.Batch(), Language.Chinese);

        Assert.Equal(["汇总", "各村评星", "下一颗星", "各项达标率"], workbook.SheetNames);
        var summary = workbook["汇总"];
        Assert.Contains("评星结果", (string)summary["A1"]!, StringComparison.Ordinal);
        Assert.Equal(33.0, summary[$"B{summary.FindRow("村数")}"]);
        Assert.Equal(33.0, summary[$"B{summary.FindRow("已评定")}"]);
        var published = new Dictionary<string, double> { ["产业兴旺星"] = 17, ["文明幸福星"] = 27, ["平安法治星"] = 27, ["生态宜居星"] = 16, ["支部过硬星"] = 1 };
        foreach (var (star, villages) in published)
        {
            Assert.Equal(villages, summary[$"B{summary.FindRow(star)}"]);
        }

        var byStars = new Dictionary<string, double> { ["5 星"] = 1, ["4 星"] = 4, ["3 星"] = 15, ["2 星"] = 11, ["0 星"] = 2 };
        foreach (var (stars, villages) in byStars)
        {
            Assert.Equal(villages, summary[$"B{summary.FindRow(stars)}"]);
        }

        // The weak points: the five criteria the fewest villages meet, weakest first, rates as numbers.
        var weakest = summary.FindRow("短板（达标率最低的指标）");
        Assert.StartsWith("I4 ", (string)summary[$"A{weakest + 1}"]!, StringComparison.Ordinal);
        Assert.Equal(17.0 / 33, (double)summary[$"B{weakest + 1}"]!, 12);
        Assert.Equal(weakest + 5, summary.Rows);
    }

    [Fact]
    public async Task CompleteAsync_Hanzhuang_VillagesSheetHasTypedCellsFrozenHeaderAndWhyNot()
    {
        var batch = Hanzhuang.Batch();
        var rater = Hanzhuang.Rater;
        var results = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, results);

        var villages = (await Write(batch, Language.Chinese))["各村评星"];

        Assert.Equal(1, villages.FrozenRows);
        Assert.Equal(34, villages.Rows);
        Assert.Equal(["编号", "村名", "已评定", "星数", "等级", "支部过硬星", "产业兴旺星", "生态宜居星", "平安法治星", "文明幸福星", "数据问题"], villages.Row(1));
        for (var v = 0; v < batch.Count; v++)
        {
            var row = villages.Row(v + 2);
            Assert.Equal(batch.GetId(v), row[0]);
            Assert.Equal((double)results.GetStars(v), row[3]);
            Assert.Equal((double)results.GetLevel(v), row[4]);
            for (var c = 0; c < rater.Categories.Count; c++)
            {
                var cell = row[5 + c] as string;
                Assert.Equal(results.IsAwarded(v, c), cell == "★");
                Assert.False(string.IsNullOrEmpty(cell), "a star not awarded says why");
            }
        }

        // 韩庄村 misses the ecological star on E1 and E6 (4 of 6, needs 5).
        var hz01 = villages.Row(villages.FindRow("hz01"));
        Assert.Contains("E1", (string)hz01[7]!, StringComparison.Ordinal);
        Assert.All(villages.Widths.Values, w => Assert.InRange(w, 6, 61));
    }

    [Fact]
    public async Task CompleteAsync_Hanzhuang_GapAndPassRateSheetsAgreeWithTheLibrary()
    {
        var rater = Hanzhuang.Rater;
        var batch = Hanzhuang.Batch();
        var results = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, results);
        var expectedRates = new CriterionPassRateBuilder(rater);
        expectedRates.Add(batch, results);

        var workbook = await Write(batch, Language.English);

        Assert.Equal(["Summary", "Villages", "Next star", "Pass rates"], workbook.SheetNames);
        var gaps = workbook["Next star"];
        Assert.Equal(1, gaps.FrozenRows);
        var gap = rater.Gap(rater.RateRow(batch, 0, Language.English), Language.English);
        var first = gaps.Row(2);
        Assert.Equal("hz01", first[0]);
        Assert.Equal(gap.Next!.CategoryName.En, first[3]);
        Assert.Equal((double)gap.Next.CriteriaToFix, first[4]);
        Assert.StartsWith(gap.Next.Criteria[0].CriterionId + " ", (string)first[5]!, StringComparison.Ordinal);
        Assert.Equal(gap.Next.Criteria[0].Detail, first[6]);
        Assert.Equal("Holds every star", gaps.Row(gaps.FindRow("hz02"))[6]);

        var rates = workbook["Pass rates"];
        Assert.Equal(["Rank", "Star", "Criterion id", "Criterion", "Pass rate", "Villages rated", "Met", "Not met", "Missing data", "Errors"], rates.Row(1));
        var expected = expectedRates.Build();
        for (var i = 0; i < expected.Count; i++)
        {
            var row = rates.Row(i + 2);
            Assert.Equal((double)(i + 1), row[0]);
            Assert.Equal(expected[i].CriterionId, row[2]);
            Assert.Equal(expected[i].Rate, (double)row[4]!, 12);
            Assert.Equal((double)expected[i].Passed, row[6]);
        }
    }

    [Fact]
    public async Task CompleteAsync_VillageWithBrokenData_ListedWithItsProblemAndLeftOutOfTheCounts()
    {
        var batch = Hanzhuang.Batch(Hanzhuang.CsvWith("hz03", "collective_income_yuan", "lots"));

        var workbook = await Write(batch, Language.English);

        var villages = workbook["Villages"];
        var hz03 = villages.Row(villages.FindRow("hz03"));
        Assert.Equal("no", hz03[2]);
        Assert.Null(hz03[3]);
        Assert.Contains("line 4", (string)hz03[10]!, StringComparison.Ordinal);
        Assert.Contains("collective_income_yuan", (string)hz03[10]!, StringComparison.Ordinal);
        var summary = workbook["Summary"];
        Assert.Equal(33.0, summary[$"B{summary.FindRow("Villages")}"]);
        Assert.Equal(32.0, summary[$"B{summary.FindRow("Rated")}"]);
        Assert.Equal(32.0, workbook["Pass rates"]["F2"]);
        Assert.Equal("Data errors, not rated", workbook["Next star"].Row(workbook["Next star"].FindRow("hz03"))[6]);
    }

    [Fact]
    public async Task WriteAsync_ResultsDocumentVillages_SameWorkbookAsAddingTheBatch()
    {
        var rater = Hanzhuang.Rater;
        var batch = Hanzhuang.Batch();
        var ratings = Enumerable.Range(0, batch.Count).Select(v => rater.RateRow(batch, v, Language.Chinese)).ToList();
        using var fromRatings = new MemoryStream();

        await ResultsWorkbook.WriteAsync(rater, ratings, fromRatings, Language.Chinese);
        fromRatings.Position = 0;
        var a = WorkbookContents.Read(fromRatings);
        var b = await Write(batch, Language.Chinese);

        foreach (var sheet in a.SheetNames)
        {
            for (var row = 1; row <= b[sheet].Rows; row++)
            {
                Assert.Equal(b[sheet].Row(row), a[sheet].Row(row));
            }
        }
    }

    private static async Task<WorkbookContents> Write(VillageBatch batch, Language language)
    {
        var rater = Hanzhuang.Rater;
        var results = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, results);
        using var output = new MemoryStream();
        await using (var workbook = new ResultsWorkbook(rater, output, language))
        {
            workbook.Add(batch, results);
            await workbook.CompleteAsync();
        }

        output.Position = 0;
        return WorkbookContents.Read(output);
    }
}
