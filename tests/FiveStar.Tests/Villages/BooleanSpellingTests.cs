using System.Globalization;
using System.Text;
using FiveStar.Tests.Support;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

/// <summary>Every accepted spelling of yes and no reads, and a value that is none of them is told the spellings, in both languages.</summary>
public sealed class BooleanSpellingTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("Yes", true)]
    [InlineData("y", true)]
    [InlineData("1", true)]
    [InlineData("是", true)]
    [InlineData("有", true)]
    [InlineData("√", true)]
    [InlineData("✓", true)]
    [InlineData("FALSE", false)]
    [InlineData("no", false)]
    [InlineData("N", false)]
    [InlineData("0", false)]
    [InlineData("否", false)]
    [InlineData("无", false)]
    [InlineData("×", false)]
    [InlineData("✗", false)]
    public void TryParseBoolean_DocumentedSpelling_Reads(string text, bool expected)
    {
        Assert.True(ValueParser.TryParseBoolean(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("en-US", "adviser is \"对\"; expected true or false (accepted spellings: true/false, yes/no, y/n, 1/0, 是/否, 有/无, √/×, ✓/✗)")]
    [InlineData("zh-CN", "adviser 的值是“对”；应为是或否（可以写：是/否、有/无、√/×、✓/✗、true/false、yes/no、y/n、1/0）")]
    public void Read_UnknownSpelling_ListsTheAcceptedOnes(string culture, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var rater = TestFactory.Rater(Documents.OneCriterion("income > 0"));
            using var reader = VillageReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes("id,name,adviser\nv,v,对\n")), rater.Schema, VillageFileFormat.Csv, "v.csv");
            var batch = rater.CreateBatch();
            reader.ReadBatch(batch, 10);

            Assert.Equal(expected, Assert.Single(batch.GetProblems(0)).Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
