using System.Text.RegularExpressions;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Samples;

/// <summary>The README's code is the consumer sample's code, and the sample's first part rates as it says.</summary>
public partial class ConsumerSampleTests
{
    [Fact]
    public void Readme_CodeExamplesOfTheConsumer_AreTheSamplesCode()
    {
        var readme = File.ReadAllText(RepositoryPaths.Of("README.md")).ReplaceLineEndings("\n");
        var program = File.ReadAllText(RepositoryPaths.Of("samples/Consumer/Program.cs")).ReplaceLineEndings("\n");
        var blocks = CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value).ToList();

        // The first example rates the user's own objects in about ten lines; it and the batch example are the sample's.
        Assert.Contains("rater.RateAll(villages).Villages", blocks[0], StringComparison.Ordinal);
        Assert.InRange(blocks[0].Split('\n').Count(l => l.Trim().Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal) && !l.StartsWith("//", StringComparison.Ordinal) && l.Trim() is not ("{" or "}")), 1, 12);
        foreach (var part in blocks[0].Split("\n\n").Concat([blocks[1]]))
        {
            Assert.Contains(part.Trim(), program, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TownshipDemo_TheSamplesVillages_RateAsPrinted()
    {
        var rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Consumer/township.json"));
        List<Village> villages = [new("hz01", "韩庄村", 3420, 380_000m, true), new("dc", "东村", 1850, 90_000m, true), new("new", "新村", -5, 0m, false)];

        var ratings = rater.RateAll(villages, Language.English).Villages;

        Assert.Equal([1, 0, 0], ratings.Select(r => r.Stars));
        Assert.Equal([true, true, false], ratings.Select(r => r.Rated));
        Assert.Equal("population is -5, outside its valid range 0 to 50,000", Assert.Single(ratings[2].Problems).Message);
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    public sealed record Village(string Id, string Name, int Population, decimal CollectiveIncomeYuan, bool BranchLedCoopExists);
}
