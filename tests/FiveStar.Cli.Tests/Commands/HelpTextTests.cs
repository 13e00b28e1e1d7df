namespace FiveStar.Cli.Tests.Commands;

/// <summary>The tool's help and its own messages follow --lang (the UI culture's language by default).</summary>
public class HelpTextTests
{
    [Theory]
    [InlineData("zh", "显示合并 extends 之后实际生效的评星标准", "名称和提示信息的语言")]
    [InlineData("en", "Show the criteria in force after extends", "The language of names and messages")]
    public void Help_Show_IsInTheChosenLanguage(string language, string description, string option)
    {
        var (exitCode, output, _) = Cli.Run("show", "--help", "--lang", language);

        Assert.Equal(0, exitCode);
        Assert.Contains(description, output, StringComparison.Ordinal);
        Assert.Contains(option, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_WithoutLangInANonEnglishCulture_IsChinese()
    {
        // Without --lang the tool follows the UI culture: Chinese for zh* and for any culture other than en*.
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

            var (_, output, _) = Cli.Run("--help");

            Assert.Contains("按“五星”评星标准为村党支部评星", output, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData("zh", "用法请运行 'fivestar --help'")]
    [InlineData("en", "Run 'fivestar --help' or 'fivestar <command> --help' for usage.")]
    public void UnknownOption_HintIsInTheChosenLanguage(string language, string hint)
    {
        var (exitCode, _, error) = Cli.Run("score", "--nonsense", "--lang", language);

        Assert.Equal(2, exitCode);
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }
}
