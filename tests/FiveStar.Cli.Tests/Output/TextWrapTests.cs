using FiveStar.Cli.Output;

namespace FiveStar.Cli.Tests.Output;

public class TextWrapTests
{
    [Theory]
    [InlineData("I1 村集体经济收入达标", 48, new[] { "I1 村集体经济收入达标" })]
    [InlineData("I4 农民增收：人均可支配收入不低于全县平均", 20, new[] { "I4 农民增收：人均可", "支配收入不低于全县平", "均" })]
    [InlineData("Farmers' income at least the county average", 20, new[] { "Farmers' income at ", "least the county ", "average" })]
    [InlineData("一二三四五，六", 10, new[] { "一二三四", "五，六" })]
    [InlineData("一二三四“五”", 10, new[] { "一二三四", "“五”" })]
    [InlineData("abcdefghij", 4, new[] { "abcd", "efgh", "ij" })]
    [InlineData("a abcdefghij b", 4, new[] { "a ", "abcd", "efgh", "ij b" })]
    [InlineData("\U00020000\U00020000\U00020000", 4, new[] { "\U00020000\U00020000", "\U00020000" })]
    [InlineData("", 10, new[] { "" })]
    public void Lines_Text_BreaksWhereALineMay(string text, int width, string[] expected)
    {
        var lines = TextWrap.Lines(text, width);

        Assert.Equal(expected, lines);
    }

    [Theory]
    [InlineData("B2 好班子：“两委”班子健全，有35岁以下和女性成员", 48, new[] { "B2 好班子：“两委”班子健", "全，有35岁以下和女性成员" })]
    [InlineData("E1 Sanitary household toilet coverage at the threshold", 50, new[] { "E1 Sanitary household toilet ", "coverage at the threshold" })]
    [InlineData("B5 规范决策：落实“四议两公开”，“三务”按季公开", 50, new[] { "B5 规范决策：落实“四议两公开”，“三务”按季公开" })]
    public void Balanced_TextJustOverTheWidth_SplitsItEvenlyNotWithOneCharacterLeft(string text, int width, string[] expected)
    {
        var lines = TextWrap.Balanced(text, width);

        Assert.Equal(expected, lines);
        Assert.Equal(TextWrap.Lines(text, width).Count, lines.Count);
    }

    [Theory]
    [InlineData("B5 规范决策：落实“四议两公开”工作法，党务、村务、财务按季度公开，重大事项经村民代表会议表决并公示结果", 48)]
    [InlineData("C4 Cultural facilities: library, activity room and culture square & <more>", 48)]
    [InlineData("S3 零案件：无刑事案件和有重大影响的治安案件 (no criminal case, no major public-order case)", 20)]
    [InlineData("   leading and   inner   spaces   ", 6)]
    [InlineData("x https://example.org/a-very-long-reference-without-any-spaces-to-break-at", 12)]
    public void LinesAndBalanced_AnyText_JoinBackWholeAndFitTheWidth(string text, int width)
    {
        foreach (var lines in new[] { TextWrap.Lines(text, width), TextWrap.Balanced(text, width) })
        {
            Assert.Equal(text, string.Concat(lines));
            Assert.All(lines, l => Assert.True(TextWidth.Of(l.TrimEnd()) <= width, $"\"{l}\" is wider than {width}"));
            Assert.All(lines.Skip(1), l => Assert.False(string.IsNullOrWhiteSpace(l), "an empty line"));
        }
    }
}
