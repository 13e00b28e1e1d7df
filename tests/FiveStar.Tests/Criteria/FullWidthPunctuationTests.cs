using FiveStar.Criteria;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Criteria;

/// <summary>Punctuation typed with a Chinese input method is named, with its place and the ASCII character to type.</summary>
public sealed class FullWidthPunctuationTests
{
    [Fact]
    public void Load_ExpressionWithFullWidthQuotes_NamesEachCharacterItsPositionAndWhatToType()
    {
        var diagnostic = Assert.Single(Load(Documents.OneCriterion("grade == “excellent”"), Language.English).Diagnostics);

        Assert.Equal("C1", diagnostic.CriterionId);
        Assert.Equal("$.categories[0].rules[0].expression", diagnostic.JsonPath);
        Assert.Contains("full-width punctuation", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'“' (U+201C) at character 10: type \"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("'”' (U+201D) at character 20: type \"", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("syntax error", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_FullWidthBracketsAndComparisonInChinese_SaysSoInChinese()
    {
        var diagnostic = Assert.Single(Load(Documents.OneCriterion("（income ＞ 100000）"), Language.Chinese).Diagnostics);

        Assert.Contains("表达式里有中文输入法打出的全角符号", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("第 1 个字符“（”（U+FF08）应改为 (", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("第 9 个字符“＞”（U+FF1E）应改为 >", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("第 17 个字符“）”（U+FF09）应改为 )", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Math.Max(income，1) > 0", '，', ",")]
    [InlineData("income ＝＝ 1", '＝', "=")]
    [InlineData("！adviser", '！', "!")]
    [InlineData("income ≥ 1", '≥', ">=")]
    [InlineData("income ＜ 1", '＜', "<")]
    [InlineData("petitions == ‘a’", '‘', "\"")]
    public void Describe_InputMethodCharacter_GivesTheAsciiToType(string expression, char character, string ascii)
    {
        var message = FullWidthPunctuation.Describe(expression, Language.English);

        Assert.NotNull(message);
        Assert.Contains($"'{character}' (U+{(int)character:X4}) at character {expression.IndexOf(character, StringComparison.Ordinal) + 1}: type {ascii}", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("income >= 100000 && adviser")]
    [InlineData("grade == \"优秀（一）\"")]
    public void Describe_AsciiExpressionOrFullWidthInsideAString_FindsNothing(string expression) =>
        Assert.Null(FullWidthPunctuation.Describe(expression, Language.English));

    private static CriteriaException Load(string json, Language language)
    {
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { Language = language });
        return Assert.Throws<CriteriaException>(() => factory.Loader.LoadJson(json, "test.json"));
    }
}
