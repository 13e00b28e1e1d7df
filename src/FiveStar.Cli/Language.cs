namespace FiveStar.Cli;

/// <summary>Chooses between the Chinese and English text of the output.</summary>
internal sealed class Language(string code)
{
    public static Language Chinese { get; } = new("zh");

    public string Code { get; } = string.Equals(code, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh";

    public bool IsEnglish => Code == "en";

    /// <summary>Gets the library's language of the same code.</summary>
    public Text.Language Library => IsEnglish ? Text.Language.English : Text.Language.Chinese;

    public string T(string zh, string en) => IsEnglish ? en : zh;
}
