namespace FiveStar.Cli.Tests.Commands;

/// <summary><c>fivestar score</c> on an official's workbook, and on files whose content is not what their name says.</summary>
public class WorkbookInputTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("table")]
    public void Score_HanzhuangOfficialWorkbook_GivesExactlyTheCsvResults(string format)
    {
        var fromCsv = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--format", format, "--lang", "en");
        var fromXlsx = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.xlsx"), "--format", format, "--lang", "en");

        Assert.True(fromXlsx.ExitCode == 0, fromXlsx.Error);
        Assert.Equal(0, fromCsv.ExitCode);
        Assert.Equal(fromCsv.Output, fromXlsx.Output);
        Assert.Contains("部落村", fromXlsx.Output, StringComparison.Ordinal);

        // The only remark: the note under the table, by its cell.
        Assert.Contains("villages.xlsx: 2022年村级数据!A40: warning:", fromXlsx.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BrokenCell_IsNamedByItsCellReference()
    {
        var cells = Path.Combine(Cli.Root, "tests/FiveStar.Tests/TestData/xlsx/cells.xlsx");

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", cells, "--sheet", "数据", "--lang", "en");

        Assert.Equal(1, exitCode);
        Assert.Contains("cells.xlsx: 数据!C6: t04: population is a date (2022-03-01)", error, StringComparison.Ordinal);
        Assert.Contains("cells.xlsx: 数据!D7: t05: collective_income_yuan: the cell holds the error #DIV/0!", error, StringComparison.Ordinal);
        Assert.Contains("7 villages have data errors", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WorkbookNamedCsv_FailsWithExit2SayingItIsAWorkbook()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.csv");
        File.Copy(Cli.Hanzhuang("villages.xlsx"), villages);

        var (exitCode, output, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--lang", "en");
        var chinese = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("appears to be an Excel workbook (.xlsx), not CSV text", error, StringComparison.Ordinal);

        // The library's message follows --lang (zh by default), like the tool's own output.
        Assert.Equal(2, chinese.ExitCode);
        Assert.Contains("该文件看来是Excel 工作簿（.xlsx），不是CSV 文本（UTF-8）；请把扩展名改为 .xlsx", chinese.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_PdfAsVillages_FailsWithExit2()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.csv", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n");

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", villages, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("appears to be a PDF document", error, StringComparison.Ordinal);
    }
}
