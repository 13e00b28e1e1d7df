using System.Text.RegularExpressions;
using System.Xml.Linq;
using FiveStar.Resources;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Resources;

/// <summary>Every message exists in English and Chinese with the same placeholders, and the Chinese satellite is what Chinese gets.</summary>
public partial class MessageResourceTests
{
    public static TheoryData<string> NeutralResourceFiles() => new(Files());

    [Fact]
    public void NeutralResourceFiles_Repository_IncludeLibraryAndTool()
    {
        var files = Files().Select(f => f.Replace('\\', '/')).ToList();

        Assert.Contains("src/FiveStar/Resources/Messages.resx", files);
        Assert.Contains("src/FiveStar.Cli/Resources/Messages.resx", files);
    }

    private static IEnumerable<string> Files()
    {
        foreach (var folder in new[] { "src", "plugins" })
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Of(folder), "*.resx", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                         .Where(f => Path.GetFileNameWithoutExtension(f).IndexOf('.', StringComparison.Ordinal) < 0)
                         .Order(StringComparer.Ordinal))
            {
                yield return Path.GetRelativePath(RepositoryPaths.Root, file);
            }
        }
    }

    [Theory]
    [MemberData(nameof(NeutralResourceFiles))]
    public void ChineseResources_EveryNeutralFile_HaveTheSameKeysAndPlaceholders(string relativePath)
    {
        var neutralPath = RepositoryPaths.Of(relativePath);
        var chinesePath = Path.ChangeExtension(neutralPath, ".zh.resx");
        Assert.True(File.Exists(chinesePath), $"{relativePath} has no Chinese counterpart {Path.GetFileName(chinesePath)}");

        var english = Read(neutralPath);
        var chinese = Read(chinesePath);

        Assert.Empty(english.Keys.Except(chinese.Keys).Select(k => $"{k}: only in English"));
        Assert.Empty(chinese.Keys.Except(english.Keys).Select(k => $"{k}: only in Chinese"));
        var mismatched = english.Keys
            .Where(k => !Placeholders(english[k]).SequenceEqual(Placeholders(chinese[k])))
            .Select(k => $"{k}: English has {{{string.Join("}, {", Placeholders(english[k]))}}}, Chinese {{{string.Join("}, {", Placeholders(chinese[k]))}}}")
            .ToList();
        Assert.Empty(mismatched);
        Assert.Empty(english.Concat(chinese).Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}: empty"));
    }

    [Fact]
    public void Format_EachLanguage_ReadsItsOwnResourcesAndFormatsNumbersInvariantly()
    {
        var english = Localizer.Format(Language.English, nameof(Messages.Load_StreamTooLarge), 4_194_304);
        var chinese = Localizer.Format(Language.Chinese, nameof(Messages.Load_StreamTooLarge), 4_194_304);

        Assert.StartsWith("the criteria are larger than 4,194,304 bytes", english, StringComparison.Ordinal);
        Assert.StartsWith("评星标准超过 4,194,304 字节", chinese, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null)
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? string.Empty, StringComparer.Ordinal);

    private static List<int> Placeholders(string text) =>
        PlaceholderPattern().Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToList();

    [GeneratedRegex(@"\{(\d+)(?:,[^}:]*)?(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
