using System.Text.RegularExpressions;
using FiveStar.Tests.Support;

namespace FiveStar.Tests.Resources;

/// <summary>Text for people lives in resources: no Chinese sentence in a C# string literal, no inline zh/en pair.</summary>
public partial class SourceTextTests
{
    // Accepted spellings of data (是/否, 万, 村名 headers) are input tokens, not messages.
    private static readonly string[] s_dataTokenFiles =
    [
        "src/FiveStar/Villages/Reading/ValueParser.cs",
        "src/FiveStar/Villages/Reading/HeaderMatcher.cs",
    ];

    public static TheoryData<string> SourceFolders() => new("src/FiveStar.Cli", "src/FiveStar", "src/FiveStar.Abstractions", "src/FiveStar.Standard", "plugins");

    [Theory]
    [MemberData(nameof(SourceFolders))]
    public void StringLiterals_SourceFolder_HoldNoChinese(string folder)
    {
        var found = new List<string>();
        foreach (var file in SourceFiles(folder))
        {
            var lines = File.ReadAllLines(RepositoryPaths.Of(file));
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith('*'))
                {
                    continue;
                }

                foreach (Match literal in LiteralPattern().Matches(lines[i]))
                {
                    if (HanPattern().IsMatch(literal.Value))
                    {
                        found.Add($"{file}:{i + 1}: {literal.Value}");
                    }
                }
            }
        }

        Assert.Empty(found);
    }

    [Theory]
    [MemberData(nameof(SourceFolders))]
    public void Sources_SourceFolder_HaveNoInlineLanguagePairs(string folder)
    {
        // language.T("中文", "English") was the old way: every pair now is a resource key in both .resx files.
        var found = SourceFiles(folder)
            .Where(f => PairPattern().IsMatch(File.ReadAllText(RepositoryPaths.Of(f))))
            .ToList();

        Assert.Empty(found);
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(RepositoryPaths.Of(folder), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => !s_dataTokenFiles.Contains(f, StringComparer.Ordinal))
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex LiteralPattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanPattern();

    [GeneratedRegex(@"\.T\(\s*\$?""|string T\(string zh, string en\)")]
    private static partial Regex PairPattern();
}
