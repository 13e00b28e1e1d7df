using System.Text;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

/// <summary>Headers by name, the same for every format: ids, Chinese and English names, units in brackets, 编号/村名.</summary>
public class HeaderMatcherTests
{
    private const string Criteria = """
    { "schemaVersion": "1.0", "id": "headers",
      "indicators": [
        { "id": "income", "name": { "zh": "村集体经济年收入", "en": "Collective income" }, "type": "money", "unit": { "zh": "元/年", "en": "yuan per year" }, "min": 0 },
        { "id": "toilets", "name": { "zh": "户厕普及率", "en": "Toilets" }, "type": "percent", "unit": { "zh": "%", "en": "%" } },
        { "id": "library", "name": { "zh": "农家书屋（图书室）", "en": "Village library" }, "type": "boolean" },
        { "id": "grade", "name": { "zh": "等次", "en": "Grade" }, "type": "enumeration", "values": [ { "id": "good", "name": { "zh": "好", "en": "Good" } }, { "id": "poor", "name": { "zh": "差", "en": "Poor" } } ] },
        { "id": "square_a", "name": { "zh": "广场", "en": "Square A" }, "type": "boolean" },
        { "id": "square_b", "name": { "zh": "广场", "en": "Square B" }, "type": "boolean" }
      ],
      "categories": [ { "id": "c", "name": { "zh": "星", "en": "Star" }, "rules": [ { "id": "R1", "expression": "income >= 100 && toilets >= 50" } ] } ] }
    """;

    private static readonly Lazy<StarRater> Rater = new(() => TestFactory.Rater(Criteria));

    [Theory]
    [InlineData("income", "income")]
    [InlineData("INCOME", "income")]
    [InlineData("村集体经济年收入", "income")]
    [InlineData("村集体经济年收入（元/年）", "income")]
    [InlineData("村集体经济年收入(元)", "income")]
    [InlineData(" 村集体经济 年收入 【元】", "income")]
    [InlineData("Collective income (yuan)", "income")]
    [InlineData("collective income", "income")]
    [InlineData("户厕普及率（%）", "toilets")]
    [InlineData("农家书屋（图书室）", "library")]
    [InlineData("农家书屋(图书室)", "library")]
    [InlineData("农家书屋", "library")]
    [InlineData("ｉｎｃｏｍｅ", "income")]
    public void Match_IndicatorByIdOrName_FindsItsSlot(string header, string indicator)
    {
        var matcher = new HeaderMatcher(Rater.Value.Schema);

        var match = matcher.Match(header);

        Assert.Equal(HeaderKind.Indicator, match.Kind);
        Assert.Equal(indicator, Rater.Value.Schema.Indicators[match.Slot].Id);
        Assert.Null(match.Unit);
    }

    [Theory]
    [InlineData("id", "Id")]
    [InlineData("编号", "Id")]
    [InlineData("name", "Name")]
    [InlineData("村名", "Name")]
    [InlineData("广场", "Ambiguous")]
    [InlineData("村集体经济年收入（万元）", "ScaledUnit")]
    [InlineData("colour", "Unknown")]
    public void Match_OtherHeaders_SaysWhatTheyAre(string header, string kind)
    {
        var match = new HeaderMatcher(Rater.Value.Schema).Match(header);

        Assert.Equal(kind, match.Kind.ToString());
        Assert.Equal(-1, match.Slot);
    }

    [Fact]
    public void ReadBatch_CsvWithChineseHeadersAndValueNames_ReadsLikeIds()
    {
        var csv = "编号,村名,村集体经济年收入（元/年）,户厕普及率(%),农家书屋,等次\nv1,一村,200,80,是,好\nv2,二村,300,60,否,Poor\nv3,三村,300,60,√,poor\n";

        var batch = Read(csv, VillageFileFormat.Csv, out var reader);

        Assert.Equal(["v1", "v2", "v3"], Enumerable.Range(0, 3).Select(batch.GetId));
        Assert.Equal("一村", batch.GetName(0));
        Assert.All(Enumerable.Range(0, 3), row => Assert.Empty(batch.GetProblems(row)));
        Assert.Equal([200, 300], new[] { 0, 1 }.Select(r => batch.Get(r, batch.Schema.IndexOf("income"))));
        Assert.Equal([1, 0, 1], new[] { 0, 1, 2 }.Select(r => batch.Get(r, batch.Schema.IndexOf("library"))));
        Assert.Equal([0, 1, 1], new[] { 0, 1, 2 }.Select(r => batch.Get(r, batch.Schema.IndexOf("grade"))));
        Assert.Empty(reader.Warnings);
    }

    [Fact]
    public void ReadBatch_JsonMembersByChineseName_ReadLikeIds()
    {
        var json = """[ { "编号": "v1", "村名": "一村", "村集体经济年收入": 200, "户厕普及率": 80, "农家书屋（图书室）": "是", "等次": "差" } ]""";

        var batch = Read(json, VillageFileFormat.Json, out _);

        Assert.Equal("v1", batch.GetId(0));
        Assert.Empty(batch.GetProblems(0));
        Assert.Equal(200, batch.Get(0, batch.Schema.IndexOf("income")));
        Assert.Equal(1, batch.Get(0, batch.Schema.IndexOf("grade")));
    }

    [Fact]
    public void Open_AmbiguousScaledAndDoubledHeaders_IsOneErrorNamingEach()
    {
        var csv = "id,name,广场,村集体经济年收入（万元）,toilets,户厕普及率\nv1,一村,是,2,50,50\n";

        var exception = Assert.Throws<InvalidDataException>(() => Read(csv, VillageFileFormat.Csv, out _));

        Assert.Contains("\"广场\" could mean square_a or square_b", exception.Message, StringComparison.Ordinal);
        Assert.Contains("gives its values in 万元, but income is in 元/年", exception.Message, StringComparison.Ordinal);
        Assert.Contains("both give toilets", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBatch_UnknownHeader_WarnsWithTheNearestName()
    {
        var csv = "id,name,村集体经济收入,toilets\nv1,一村,200,50\n";

        Read(csv, VillageFileFormat.Csv, out var reader);

        var warning = Assert.Single(reader.Warnings);
        Assert.Equal(DataProblemKind.UnknownColumn, warning.Kind);
        Assert.Contains("did you mean '村集体经济年收入'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBatch_OtherUnitInBrackets_WarnsAndReadsInTheIndicatorsUnit()
    {
        var csv = "id,name,村集体经济年收入（人民币）\nv1,一村,200\n";

        var batch = Read(csv, VillageFileFormat.Csv, out var reader);

        Assert.Equal(200, batch.Get(0, batch.Schema.IndexOf("income")));
        var warning = Assert.Single(reader.Warnings, w => w.Indicator == "income");
        Assert.Contains("unit 人民币", warning.Message, StringComparison.Ordinal);
    }

    private static VillageBatch Read(string text, VillageFileFormat format, out VillageReader reader)
    {
        reader = VillageReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), Rater.Value.Schema, format, "test");
        var batch = Rater.Value.CreateBatch(8);
        reader.ReadBatch(batch, 8);
        reader.Dispose();
        return batch;
    }
}
