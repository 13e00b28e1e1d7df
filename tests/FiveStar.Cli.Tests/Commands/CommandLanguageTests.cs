using System.Globalization;

namespace FiveStar.Cli.Tests.Commands;

/// <summary>Every command's own text is in the language of --lang, and without it in the current UI culture's.</summary>
public class CommandLanguageTests
{
    private static readonly string Criteria = Cli.Hanzhuang("hanzhuang-2022.json");
    private static readonly string Villages = Cli.Hanzhuang("villages.csv");

    [Theory]
    [InlineData("zh", "共 33 个村，评定 33 个，数据有问题 0 个", "星级：五星 1 个，四星 4 个", "编号")]
    [InlineData("en", "33 villages, 33 rated, 0 with data problems", "Villages by stars: 5-star 1, 4-star 4", "Id")]
    public void Score_Table_IsInTheChosenLanguage(string language, string counts, string levels, string heading)
    {
        var (exitCode, output, _) = Cli.Run("score", "-c", Criteria, "-v", Villages, "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(counts, output, StringComparison.Ordinal);
        Assert.Contains(levels, output, StringComparison.Ordinal);
        Assert.Contains(heading, output.Split('\n')[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "未评定：数据有 1 个问题", "1 个村的数据有错误，未参加汇总；其余各村已评定。")]
    [InlineData("en", "not rated: 1 data problem", "1 village has data errors and is left out of the summary; every other village was rated.")]
    public void Score_VillageWithErrors_IsInTheChosenLanguage(string language, string status, string summary)
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Villages);
        var header = lines[0].Split(',');
        var fields = lines[1].Split(',');
        fields[Array.IndexOf(header, "sanitary_toilet_coverage_pct")] = "lots";
        lines[1] = string.Join(',', fields);
        var villages = folder.File("villages.csv", string.Join('\n', lines));

        var (exitCode, output, error) = Cli.Run("score", "-c", Criteria, "-v", villages, "--lang", language);

        Assert.Equal(1, exitCode);
        Assert.Contains(status, output, StringComparison.Ordinal);
        Assert.Contains(summary, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "部落村 (hz02)  ★★★★★  5 星，星级 5", "支部过硬星: 获得")]
    [InlineData("en", "部落村 (hz02)  ★★★★★  5 stars, level 5", "Strong Branch: awarded")]
    public void Explain_Village_IsInTheChosenLanguage(string language, string heading, string category)
    {
        var (exitCode, output, _) = Cli.Run("explain", "-c", Criteria, "-v", Villages, "--village", "部落村", "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(heading, output, StringComparison.Ordinal);
        Assert.Contains(category, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "没有编号或村名为“无此村”的村")]
    [InlineData("en", "no village has the id or name \"无此村\"")]
    public void Explain_UnknownVillage_IsInTheChosenLanguage(string language, string message)
    {
        var (exitCode, _, error) = Cli.Run("explain", "-c", Criteria, "-v", Villages, "--village", "无此村", "--lang", language);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "七里铺村 (hz12): 0 星", "下一颗星: 平安法治星 — 至少补齐 1 项", "其后: ")]
    [InlineData("en", "七里铺村 (hz12): 0 stars", "next star: Safety & Rule of Law — fix at least 1", "then: ")]
    public void Gap_Village_IsInTheChosenLanguage(string language, string heading, string next, string then)
    {
        var (exitCode, output, _) = Cli.Run("gap", "-c", Criteria, "-v", Villages, "--village", "七里铺村", "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(heading, output, StringComparison.Ordinal);
        Assert.Contains(next, output, StringComparison.Ordinal);
        Assert.Contains(then, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "各星获得村数（前 → 后）：", "各星级村数（前 → 后）：", "新增, ")]
    [InlineData("en", "Stars awarded per category (before → after):", "Villages per star count (before → after):", "new, ")]
    public void Diff_TwoPeriods_IsInTheChosenLanguage(string language, string byCategory, string byStars, string added)
    {
        using var folder = new TempFolder();
        var before = folder.File("2022.json");
        var after = folder.File("2023.json");
        var lines = File.ReadAllLines(Villages).ToList();
        lines.Add(lines[1].Replace("hz01", "hz99", StringComparison.Ordinal));
        var later = folder.File("villages-2023.csv", string.Join('\n', lines));
        Assert.Equal(0, Cli.Run("score", "-c", Criteria, "-v", Villages, "-f", "json", "-o", before).ExitCode);
        Assert.Equal(0, Cli.Run("score", "-c", Criteria, "-v", later, "-f", "json", "-o", after).ExitCode);

        var (exitCode, output, _) = Cli.Run("diff", before, after, "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(byCategory, output, StringComparison.Ordinal);
        Assert.Contains(byStars, output, StringComparison.Ordinal);
        Assert.Contains(added, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "不是 fivestar score --format json 写出的结果文件", "不是 FiveStar 评定结果文件：内容不是 JSON 对象")]
    [InlineData("en", "is not a results file written by fivestar score --format json", "not a FiveStar results document: it is not a JSON object")]
    public void Diff_NotAResultsFile_IsInTheChosenLanguage(string language, string cli, string library)
    {
        using var folder = new TempFolder();
        var file = folder.File("results.json", "[1, 2]");

        var (exitCode, _, error) = Cli.Run("diff", file, file, "--lang", language);

        Assert.Equal(2, exitCode);
        Assert.Contains(cli, error, StringComparison.Ordinal);
        Assert.Contains(library, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "有效（5 颗星")]
    [InlineData("en", "valid (5 categories")]
    public void Validate_Valid_IsInTheChosenLanguage(string language, string valid)
    {
        var (exitCode, output, _) = Cli.Run("validate", Criteria, "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(valid, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", " 指标：", "必填")]
    [InlineData("en", " indicators:", "required")]
    public void Plugins_List_IsInTheChosenLanguage(string language, string indicators, string required)
    {
        var (exitCode, output, _) = Cli.Run("plugins", "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(indicators, output, StringComparison.Ordinal);
        Assert.Contains(required, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "参数（")]
    [InlineData("en", "Parameters (")]
    public void Show_Document_IsInTheChosenLanguage(string language, string parameters)
    {
        var (exitCode, output, _) = Cli.Run("show", Criteria, "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(parameters, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "个用例：")]
    [InlineData("en", "cases passed")]
    public void Test_Summary_IsInTheChosenLanguage(string language, string summary)
    {
        var (exitCode, output, _) = Cli.Run("test", Cli.Hanzhuang("hanzhuang-2022.tests.json"), "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(summary, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "| 项目 |")]
    [InlineData("en", "| Measure |")]
    public void Bench_Table_IsInTheChosenLanguage(string language, string heading)
    {
        var (exitCode, output, error) = Cli.Run("bench", "--criteria", Criteria, "--count", "200", "--lang", language);

        Assert.True(exitCode == 0, error);
        Assert.Contains(heading, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "已写入 50 个村到")]
    [InlineData("en", "wrote 50 villages to")]
    public void Generate_Written_IsInTheChosenLanguage(string language, string written)
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = Cli.Run("generate", "--criteria", Criteria, "--count", "50", "--out", folder.File("v.csv"), "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(written, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "各星级村数", "已写入 ")]
    [InlineData("en", "Villages per star count", "wrote ")]
    public void Report_Page_IsInTheChosenLanguage(string language, string chart, string written)
    {
        using var folder = new TempFolder();
        var page = folder.File("report.html");

        var (exitCode, output, _) = Cli.Run("report", "-c", Criteria, "-v", Villages, "-o", page, "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.StartsWith(written, output, StringComparison.Ordinal);
        Assert.Contains(chart, File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "个参数和", "没有编号或村名为")]
    [InlineData("en", "parameters and", "no village has the id or name")]
    public void Init_Written_IsInTheChosenLanguage(string language, string written, string notFound)
    {
        using var folder = new TempFolder();

        var (exitCode, output, _) = Cli.Run("init", "--out", folder.File("town.json"), "--lang", language);
        var gap = Cli.Run("gap", "-c", Criteria, "-v", Villages, "--village", "无此村", "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(written, output, StringComparison.Ordinal);
        Assert.Contains(notFound, gap.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "项指标")]
    [InlineData("en", "indicators; fill one row per village")]
    public void Template_Written_IsInTheChosenLanguage(string language, string written)
    {
        using var folder = new TempFolder();

        var (exitCode, output, error) = Cli.Run("template", "-c", Criteria, "--out", folder.File("villages.xlsx"), "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(written, output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "列出各村离下一颗星还差什么", "只看这个村")]
    [InlineData("en", "Show what each village lacks for its next star", "Only this village")]
    public void Help_Gap_IsInTheChosenLanguage(string language, string description, string option)
    {
        var (exitCode, output, _) = Cli.Run("gap", "--help", "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(description, output, StringComparison.Ordinal);
        Assert.Contains(option, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "未识别命令或参数", "用法请运行 'fivestar --help'")]
    [InlineData("en", "Unrecognized command or argument", "Run 'fivestar --help'")]
    public void Parse_UnknownArgument_IsInTheChosenLanguage(string language, string parseError, string hint)
    {
        var (exitCode, _, error) = Cli.Run("score", "-c", Criteria, "-v", Villages, "--nonsense", "--lang", language);

        Assert.Equal(2, exitCode);
        Assert.Contains(parseError, error, StringComparison.Ordinal);
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "缺少必需的选项 --criteria。")]
    [InlineData("en", "Option '--criteria' is required.")]
    public void Parse_MissingRequiredOption_IsInTheChosenLanguage(string language, string message)
    {
        var (exitCode, _, error) = Cli.Run("score", "-v", Villages, "--lang", language);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "共 33 个村")]
    [InlineData("en-US", "33 villages, 33 rated")]
    public void Score_WithoutLang_FollowsTheUiCulture(string culture, string counts)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

            var (exitCode, output, _) = Cli.Run("score", "-c", Criteria, "-v", Villages);

            Assert.Equal(0, exitCode);
            Assert.Contains(counts, output, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
