using System.Globalization;
using FiveStar.Text;

namespace FiveStar.Tests.Text;

public class LanguageTests
{
    [Theory]
    [InlineData("zh", "zh")]
    [InlineData("ZH-cn", "zh")]
    [InlineData("zh_Hans", "zh")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    public void TryParse_KnownCodes_GiveTheLanguage(string code, string expected)
    {
        Assert.True(Language.TryParse(code, out var language));
        Assert.Equal(expected, language.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fr")]
    [InlineData("english")]
    public void TryParse_OtherCodes_Fail(string code)
    {
        Assert.False(Language.TryParse(code, out _));
        Assert.Throws<FormatException>(() => Language.Parse(code));
    }

    [Theory]
    [InlineData("zh-CN", "zh")]
    [InlineData("zh-TW", "zh")]
    [InlineData("en-US", "en")]
    [InlineData("en", "en")]
    [InlineData("fr-FR", "zh")]
    [InlineData("", "zh")]
    public void FromCulture_Culture_MapsEnglishToEnglishAndEverythingElseToChinese(string culture, string expected)
    {
        Assert.Equal(expected, Language.FromCulture(CultureInfo.GetCultureInfo(culture)).Code);
    }

    [Fact]
    public void Current_UiCulture_FollowsIt()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Same(Language.English, Language.Current);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Same(Language.Chinese, Language.Current);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void In_Language_PicksThatTextAndFallsBackToTheOther()
    {
        var both = new LocalizedText("星", "star");
        var chineseOnly = new LocalizedText("星", string.Empty);

        Assert.Equal("星", both.In(Language.Chinese));
        Assert.Equal("star", both.In(Language.English));
        Assert.Equal("星", chineseOnly.In(Language.English));
    }
}
