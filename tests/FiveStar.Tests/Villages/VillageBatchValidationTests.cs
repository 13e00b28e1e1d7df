using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

/// <summary>The batch API checks values exactly as the file readers do, so a village rated in code is rated as the tool rates it.</summary>
public class VillageBatchValidationTests
{
    private static readonly Lazy<StarRater> Hanzhuang = new(() => StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")));

    [Fact]
    public void Set_OutOfRangeAndMissingRequired_ReportsTheVillageAndLeavesItOutOfTheSummary()
    {
        // The report: 250 % and a negative population came back rated with four stars and no problem.
        var rater = Hanzhuang.Value;
        var batch = rater.CreateBatch();
        var good = batch.Add("hz02", "部落村");
        var broken = batch.Add("bad", "坏村");
        var unreported = batch.Add("none", "缺村");
        using (var reader = VillageReader.Open(RepositoryPaths.Of("samples/Hanzhuang/villages.csv"), rater.Schema))
        {
            var source = rater.CreateBatch();
            reader.ReadBatch(source, int.MaxValue);
            var from = Enumerable.Range(0, source.Count).Single(r => source.GetId(r) == "hz02");
            foreach (var row in new[] { good, broken, unreported })
            {
                for (var slot = 0; slot < rater.Schema.Count; slot++)
                {
                    batch.Set(row, slot, source.Get(from, slot));
                }
            }
        }

        batch.Set(broken, "sanitary_toilet_coverage_pct", 250);
        batch.Set(broken, "population", -5);
        batch.Set(unreported, "population", double.NaN);
        var results = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, results);
        var summary = new RatingSummaryBuilder(rater);
        summary.Add(batch, results);
        var totals = summary.Build();

        Assert.Empty(batch.GetProblems(good));
        Assert.True(results.IsRated(good));
        Assert.Equal(
            [(DataProblemKind.OutOfRange, "sanitary_toilet_coverage_pct", "sanitary_toilet_coverage_pct is 250, outside its valid range 0 to 100"), (DataProblemKind.OutOfRange, "population", "population is -5, outside its valid range 0 to 50,000")],
            batch.GetProblems(broken).Select(p => (p.Kind, p.Indicator, p.Message)));
        Assert.False(results.IsRated(broken));
        Assert.Equal([(DataProblemKind.MissingRequired, "population")], batch.GetProblems(unreported).Select(p => (p.Kind, p.Indicator)));
        Assert.False(results.IsRated(unreported));
        Assert.Equal((3, 1, 2), (totals.Villages, totals.Rated, totals.WithProblems));
        Assert.Equal(1, totals.ByStars[5]);
    }

    [Fact]
    public void Add_IdUsedEarlierInTheBatch_IsADuplicateError()
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("income > 0"));
        var batch = rater.CreateBatch();
        batch.Add("a", "甲");
        var second = batch.Add("a", "乙");

        var problem = Assert.Single(batch.GetProblems(second));
        Assert.Equal((DataProblemKind.DuplicateId, "the id \"a\" is used by an earlier village"), (problem.Kind, problem.Message));
        Assert.True(batch.HasErrors(second));
        Assert.False(batch.HasErrors(0));
    }

    [Fact]
    public void Clear_ThenTheSameIds_AreNotDuplicates()
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("income > 0"));
        var batch = rater.CreateBatch();
        batch.Add("a", "甲");

        batch.Clear();
        var row = batch.Add("a", "甲");

        Assert.Empty(batch.GetProblems(row));
    }

    [Theory]
    [InlineData("income", "12x", "income is \"12x\"; expected a number")]
    [InlineData("adviser", "perhaps", "adviser is \"perhaps\"; expected true or false (accepted spellings: true/false, yes/no, y/n, 1/0, 是/否, 有/无, √/×, ✓/✗)")]
    [InlineData("grade", "great", "grade is \"great\"; expected one of excellent, competent, poor")]
    [InlineData("toilets", "101", "toilets is 101, outside its valid range 0 to 100")]
    public void Set_TextAsACsvFieldWouldBeWrong_RecordsTheReadersProblem(string indicator, string text, string message)
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("income > 0"));
        var batch = rater.CreateBatch();
        var row = batch.Add("v", "v");

        batch.Set(row, indicator, text);

        var csv = $"id,name,{indicator}\nv,v,{text}\n";
        using var reader = VillageReader.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), rater.Schema, VillageFileFormat.Csv, "v.csv");
        var read = rater.CreateBatch();
        reader.ReadBatch(read, 10);
        Assert.Equal(message, Assert.Single(batch.GetProblems(row)).Message);
        Assert.Equal(message, Assert.Single(read.GetProblems(0)).Message);
    }

    [Fact]
    public void Set_TextNumberForANumber_IsStoredAsACsvFieldWouldBe()
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("income > 0"));
        var batch = rater.CreateBatch();
        var row = batch.Add("v", "v");

        batch.Set(row, "income", " 1500.5 ");
        batch.Set(row, "adviser", "是");

        Assert.Empty(batch.GetProblems(row));
        Assert.Equal(1500.5, batch.Get(row, batch.Schema.IndexOf("income")));
        Assert.Equal(1, batch.Get(row, batch.Schema.IndexOf("adviser")));
    }

    [Fact]
    public void Set_AgainAfterAGoodValue_ReplacesIt()
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("income > 0"));
        var batch = rater.CreateBatch();
        var row = batch.Add("v", "v");
        batch.Set(row, "income", 5);

        batch.Set(row, "income", -1);

        Assert.True(double.IsNaN(batch.Get(row, batch.Schema.IndexOf("income"))));
        Assert.Equal(DataProblemKind.OutOfRange, Assert.Single(batch.GetProblems(row)).Kind);
    }

    [Fact]
    public void Set_UnknownIndicator_ThrowsWithASuggestion()
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("income > 0"));
        var batch = rater.CreateBatch();
        var row = batch.Add("v", "v");

        var error = Assert.Throws<ArgumentException>(() => batch.Set(row, "incme", 1));

        Assert.Contains("did you mean 'income'?", error.Message, StringComparison.Ordinal);
    }
}
