using System.Globalization;
using System.Text;
using FiveStar.Rating;
using FiveStar.Tests.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

/// <summary>The readers' messages come from the resources, in the caller's UI language (Chinese or English).</summary>
public class ReaderMessageLanguageTests
{
    [Theory]
    [InlineData("en-US", "villages.csv: the file appears to be a PDF document, not CSV text (UTF-8)")]
    [InlineData("zh-CN", "villages.csv：该文件看来是PDF 文档，不是CSV 文本（UTF-8）")]
    public void FromStream_PdfAsCsv_SaysWhatTheFileIsInTheCallersLanguage(string culture, string expected)
    {
        var pdf = new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n"));

        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<InvalidDataException>(() => VillageReader.FromStream(pdf, Hanzhuang.Rater.Schema, VillageFileFormat.Csv, "villages.csv")));

        Assert.Equal(expected, exception.Message);
    }

    [Theory]
    [InlineData("en-US", "villages.csv: the header row cannot be used:", "line 1, column 3: column \"村集体经济年收入（元/年）\" and column line 1, column 2 (\"collective_income_yuan\") both give collective_income_yuan; keep one")]
    [InlineData("zh-CN", "villages.csv：表头行无法使用：", "第 1 行第 3 列：列“村集体经济年收入（元/年）”和列 第 1 行第 2 列（“collective_income_yuan”）都是 collective_income_yuan；请只保留一列")]
    public void FromStream_TwoColumnsForOneIndicator_HeaderErrorInTheCallersLanguage(string culture, string start, string expected)
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("id,collective_income_yuan,村集体经济年收入（元/年）\nhz01,1,2\n"));

        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<InvalidDataException>(() => VillageReader.FromStream(csv, Hanzhuang.Rater.Schema, VillageFileFormat.Csv, "villages.csv")));

        Assert.StartsWith(start, exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "collective_income_yuan is \"lots\"; expected a number")]
    [InlineData("zh-CN", "collective_income_yuan 的值是“lots”；应为")]
    public void ReadBatch_TextInANumberColumn_ProblemInTheCallersLanguage(string culture, string expected)
    {
        var problems = TestCulture.InUiCulture(culture, () =>
        {
            var batch = Hanzhuang.Batch(Hanzhuang.CsvWith("hz03", "collective_income_yuan", "lots"));
            return batch.GetProblems(2);
        });

        Assert.Contains(problems, p => p.Message.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "population is a date (2022-03-01); expected ")]
    [InlineData("zh-CN", "population 是日期（2022-03-01）；应为")]
    public void ReadBatch_DateInANumberCell_ProblemInTheCallersLanguage(string culture, string expected)
    {
        var problems = TestCulture.InUiCulture(culture, () =>
        {
            var rater = Hanzhuang.Rater;
            using var reader = VillageReader.Open(RepositoryPaths.Of("tests/FiveStar.Tests/TestData/xlsx/cells.xlsx"), rater.Schema, null, "数据");
            var batch = rater.CreateBatch();
            reader.ReadBatch(batch, int.MaxValue);
            return Enumerable.Range(0, batch.Count).SelectMany(batch.GetProblems).ToList();
        });

        Assert.Contains(problems, p => p.Message.StartsWith(expected, StringComparison.Ordinal) && p.Cell == "数据!C6");
    }

    [Theory]
    [InlineData("en-US", "collective_income_yuan: the cell holds the error #DIV/0!, not a value; expected a number")]
    [InlineData("zh-CN", "collective_income_yuan：单元格中是错误值 #DIV/0!，不是数值；应为数字")]
    public void ReadBatch_ErrorCellInAWorkbook_ProblemInTheCallersLanguage(string culture, string expected)
    {
        var problems = TestCulture.InUiCulture(culture, () =>
        {
            var rater = Hanzhuang.Rater;
            using var reader = VillageReader.Open(RepositoryPaths.Of("tests/FiveStar.Tests/TestData/xlsx/cells.xlsx"), rater.Schema, null, "数据");
            var batch = rater.CreateBatch();
            reader.ReadBatch(batch, int.MaxValue);
            return Enumerable.Range(0, batch.Count).SelectMany(batch.GetProblems).ToList();
        });

        Assert.Contains(problems, p => p.Message == expected && p.Cell == "数据!D7");
    }
}
