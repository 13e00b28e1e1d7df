using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiveStar.Criteria;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Text;

/// <summary>Text that is not JSON is told in the user's language, at its 1-based line and column, never in System.Text.Json's words.</summary>
public sealed partial class JsonSyntaxErrorTests
{
    private const string Head = "{ \"schemaVersion\": \"1.0\", \"id\": \"x\",\n";

    /// <summary>Every case: the text, where it goes wrong, and the reason in English and in Chinese.</summary>
    public static TheoryData<string, int, int, string, string> Cases => new()
    {
        { Head + " \"name\": \"镇\", , }", 2, 15, "unexpected comma: there is one comma too many here", "此处多了一个逗号“,”" },
        { Head + " \"name\": \"镇", 2, 12, "the text ends inside quotes: a closing \" is missing, or the file is cut off (truncated)", "内容在引号中就结束了：缺少右引号“\"”，或文件不完整（被截断）" },
        { Head + " \"a\": 1\n \"b\": 2 }", 3, 2, "a comma (or a closing '}') is missing before this", "此处前面缺少逗号“,”（或右括号“}”）" },
        { Head + " \"ids\": [1, 2 }", 2, 15, "'}' does not close the open '[': a closing ']' is missing before it", "“}”与前面未闭合的“[”不配对：它前面缺少“]”" },
        { Head + " \"ids\": [1,\n 2", 3, 3, "the text ends before the '[' opened on line 2 is closed: a closing ']' is missing, or the file is cut off (truncated)", "第 2 行的“[”还没有闭合内容就结束了：缺少“]”，或文件不完整（被截断）" },
        { Head + " \"name\": \"镇\n\" }", 2, 12, "the text in quotes is not closed on this line: a closing \" is missing", "引号中的文字在本行没有结束：缺少右引号“\"”" },
        { Head + " \"enabled\": yes }", 2, 13, "'yes' is not a JSON value: write text in double quotes (\"yes\"), or a number, true, false or null", "“yes”不是有效的值：文字要用英文双引号括起来（\"yes\"），数字、true、false、null 则直接写" },
        { Head + " \"name\": \"镇\"， \"a\": 1 }", 2, 13, "unexpected character '，' here", "此处不应出现字符“，”" },
        { Head + " name: \"镇\" }", 2, 2, "the member name 'name' must be in double quotes (\"name\")", "字段名“name”要用英文双引号括起来（\"name\"）" },
        { Head + " \"name\": \"镇\" }}", 2, 15, "'}' closes nothing: there is one too many", "多了一个“}”：前面没有与之配对的括号" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_InvalidJson_SaysWhyInTheLanguageAtTheLineAndColumn(string json, int line, int column, string english, string chinese)
    {
        foreach (var (language, reason, prefix) in new[] { (Language.English, english, "the file is not valid JSON: "), (Language.Chinese, chinese, "文件不是有效的 JSON：") })
        {
            var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { Language = language });
            var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => factory.FromJson(json, "t.json")).Diagnostics);

            Assert.Equal(prefix + reason, diagnostic.Message);
            Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
            AssertNoReaderText(diagnostic.Message, language);
        }
    }

    [Theory]
    [InlineData("{ \"a\": 1, }", 1, 11, "a comma before '}' is not allowed: remove the last comma", "“}”前面不能有逗号：请删去最后一个逗号")]
    [InlineData("[1, 2, ]", 1, 8, "a comma before ']' is not allowed: remove the last comma", "“]”前面不能有逗号：请删去最后一个逗号")]
    [InlineData("{ \"a\": 1 // note\n}", 1, 10, "comments are not allowed in this file", "此文件中不能写注释")]
    [InlineData("{ \"a\": ,", 1, 8, "a value is missing after the colon", "冒号后面缺少值")]
    [InlineData("{ \"a\" 1 }", 1, 7, "a colon is missing after the member name", "字段名后面缺少冒号“:”")]
    [InlineData("{ \"a\": \"x\\qy\" }", 1, 11, "'\\q' is not a valid escape inside quotes (a backslash itself is written \\\\)", "“\\q”不是有效的转义（反斜杠本身要写成 \\\\）")]
    [InlineData("{ \"a\": \"x\ty\" }", 1, 10, "character U+0009 may not be written inside quotes as it is: write an escape such as \\t or \\n", "引号中不能直接写字符 U+0009：请写成 \\t、\\n 之类的转义")]
    [InlineData("{} {}", 1, 4, "there is more text after the end of the JSON value", "JSON 内容结束后还有多余的文字")]
    [InlineData("  ", 1, 3, "the text ends before a value: the file is empty or cut off", "内容在出现任何值之前就结束了：文件为空或不完整")]
    public void Find_StrictText_SaysWhyInBothLanguages(string json, int line, int column, string english, string chinese)
    {
        foreach (var (language, reason) in new[] { (Language.English, english), (Language.Chinese, chinese) })
        {
            var error = JsonSyntaxError.Find(Encoding.UTF8.GetBytes(json), new JsonReaderOptions(), language);

            Assert.NotNull(error);
            Assert.Equal((line, (int?)column, reason), (error.Value.Line, error.Value.Column, error.Value.Reason));
            AssertNoReaderText(reason, language);
        }
    }

    [Theory]
    [InlineData("en", "the village is not valid JSON: unexpected comma: there is one comma too many here; the members before the fault are read, and reading goes on at the next line that starts with {")]
    [InlineData("zh", "本村数据不是有效的 JSON：此处多了一个逗号“,”；出错处之前的字段已读取，从下一个以 { 开头的行继续读取")]
    public void ReadVillages_JsonArray_ExtraComma_IsToldAtItsLineAndColumn(string culture, string expected)
    {
        var problem = VillageProblem(culture, "[\n{\"id\": \"v1\", \"income\": 1},\n  {\"id\": \"甲\", , \"income\": 2}\n]", VillageFileFormat.Json);

        Assert.Equal(expected, problem.Message);
        Assert.Equal((3L, (int?)15), (problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("en", "the village is not valid JSON: a comma before '}' is not allowed: remove the last comma; the members before the fault are read, and reading goes on at the next line that starts with {")]
    [InlineData("zh", "本村数据不是有效的 JSON：“}”前面不能有逗号：请删去最后一个逗号；出错处之前的字段已读取，从下一个以 { 开头的行继续读取")]
    public void ReadVillages_JsonArray_TrailingComma_IsToldAtItsLineAndColumn(string culture, string expected)
    {
        var problem = VillageProblem(culture, "[{\"id\": \"v1\", \"income\": 1,}]", VillageFileFormat.Json);

        Assert.Equal(expected, problem.Message);
        Assert.Equal((1L, (int?)27), (problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("en", "the line is not a JSON object: a comma (or a closing '}') is missing before this")]
    [InlineData("zh", "该行不是 JSON 对象：此处前面缺少逗号“,”（或右括号“}”）")]
    public void ReadVillages_JsonLines_MissingComma_IsToldAtItsLineAndColumn(string culture, string expected)
    {
        var problem = VillageProblem(culture, "{\"id\": \"v1\", \"income\": 1}\n{\"id\": \"乙\" \"income\": 2}\n", VillageFileFormat.JsonLines);

        Assert.Equal(expected, problem.Message);
        Assert.Equal((2L, (int?)12), (problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("en", "not a FiveStar results document: line 2, column 3: 'yes' is not a JSON value: write text in double quotes (\"yes\"), or a number, true, false or null")]
    [InlineData("zh", "不是 FiveStar 评定结果文件：第 2 行第 3 列：“yes”不是有效的值：文字要用英文双引号括起来（\"yes\"），数字、true、false、null 则直接写")]
    public void ReadResults_InvalidJson_IsToldAtItsLineAndColumn(string culture, string expected)
    {
        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<ResultsFormatException>(() => RatingJson.Read(new MemoryStream("{\"schemaVersion\": \"1.0\",\n  yes"u8.ToArray()))));

        Assert.Equal(expected, exception.Message);
        AssertNoReaderText(exception.Message, culture == "zh" ? Language.Chinese : Language.English);
    }

    private static DataProblem VillageProblem(string culture, string text, VillageFileFormat format) => TestCulture.InUiCulture(culture, () =>
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("income > 0"));
        using var reader = VillageReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), rater.Schema, format, "v");
        var batch = rater.CreateBatch();
        reader.ReadBatch(batch, int.MaxValue);
        var problem = Assert.Single(Enumerable.Range(0, batch.Count).SelectMany(batch.GetProblems), p => p.Kind == DataProblemKind.MalformedRow);
        AssertNoReaderText(problem.Message, culture == "zh" ? Language.Chinese : Language.English);
        return problem;
    });

    /// <summary>No trace of the reader's own message; in Chinese, no English word but the format's (JSON, true, false, null) and the input's.</summary>
    private static void AssertNoReaderText(string message, Language language)
    {
        Assert.DoesNotContain("LineNumber", message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Expected", message, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid", message, StringComparison.Ordinal);
        if (language == Language.Chinese)
        {
            var words = EnglishWord().Matches(message).Select(m => m.Value).Except(["JSON", "FiveStar", "true", "false", "null", "yes", "name"]);
            Assert.Empty(words);
        }
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();
}
