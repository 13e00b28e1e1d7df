using FiveStar.Rating;
using FiveStar.Tests.Support;
using Language = FiveStar.Text.Language;

namespace FiveStar.Tests.Rating;

/// <summary>Year-over-year comparison of two results documents.</summary>
public class ResultsComparerTests
{
    [Fact]
    public void Compare_TwoPeriods_ReportsGainedLostUnratedNewAndMissingVillages()
    {
        var earlier = Hanzhuang.Document(Hanzhuang.Batch(), Language.English);
        var lines = Hanzhuang.CsvWith("hz01", "sanitary_toilet_coverage_pct", "95").Split('\n').ToList();
        lines = [.. Hanzhuang.CsvWith("hz03", "collective_income_yuan", "lots").Split('\n').Take(4).Skip(3).Prepend(lines[0]).Concat(lines.Skip(1))];
        lines.RemoveAt(lines.FindIndex(l => l.StartsWith("hz03,", StringComparison.Ordinal) && !l.Contains("lots", StringComparison.Ordinal)));
        lines[lines.FindIndex(l => l.StartsWith("hz32,", StringComparison.Ordinal))] = "hz99," + lines.Single(l => l.StartsWith("hz32,", StringComparison.Ordinal))["hz32,".Length..];
        var later = Hanzhuang.Document(Hanzhuang.Batch(string.Join('\n', lines)), Language.English);

        var diff = ResultsComparer.Compare(earlier, later);

        var hz01 = diff.Villages.Single(v => v.Id == "hz01");
        Assert.Equal((VillageChangeKind.StarsChanged, 3, 4), (hz01.Kind, hz01.StarsBefore, hz01.StarsAfter));
        Assert.Equal(["ecological_livable"], hz01.Gained);
        Assert.Empty(hz01.Lost);
        var hz03 = diff.Villages.Single(v => v.Id == "hz03");
        Assert.Equal((VillageChangeKind.RatedChanged, 4, (int?)null), (hz03.Kind, hz03.StarsBefore, hz03.StarsAfter));
        Assert.Equal(VillageChangeKind.Added, diff.Villages.Single(v => v.Id == "hz99").Kind);
        Assert.Equal(VillageChangeKind.Removed, diff.Villages.Single(v => v.Id == "hz32").Kind);
        Assert.Equal(4, diff.Villages.Count);
        // hz01 gains 生态宜居星 and hz03, which held it, is not rated: the summaries count 16 both years.
        Assert.Equal((16, 16), (diff.ByCategory["ecological_livable"].Before, diff.ByCategory["ecological_livable"].After));
        Assert.Equal((17, 16), (diff.ByCategory["industry_prosperity"].Before, diff.ByCategory["industry_prosperity"].After));
        Assert.Equal((0, 1), (diff.NotRated.Before, diff.NotRated.After));
        Assert.Equal([5, 4, 3, 2, 1, 0], diff.ByStars.Keys);
        Assert.Equal((4, 4), (diff.ByStars[4].Before, diff.ByStars[4].After));
    }

    [Fact]
    public void Compare_SameResults_ReportsNoVillage()
    {
        var document = Hanzhuang.Document(Hanzhuang.Batch(), Language.Chinese);

        var diff = ResultsComparer.Compare(document, document);

        Assert.Empty(diff.Villages);
        Assert.All(diff.ByCategory.Values, c => Assert.Equal(c.Before, c.After));
    }
}
