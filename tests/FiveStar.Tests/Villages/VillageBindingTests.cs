using System.Globalization;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Tests.Villages;

/// <summary>Binding the application's own village classes: convention, attributes, explicit maps, and every mismatch found at once.</summary>
public class VillageBindingTests
{
    private static readonly Lazy<StarRater> Simple = new(() => TestFactory.Rater(Documents.OneCriterion("income >= 200000 AND adviser")));

    [Fact]
    public void RateAll_HanzhuangObjects_ReproduceThePublishedSummary()
    {
        var rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json"));
        var villages = VillageRecords.Hanzhuang(rater).Select(VillageRecords.ToObject).ToList();

        var document = rater.RateAll(villages, Language.English);
        var ratings = document.Villages;
        var totals = document.Summary;
        Assert.Equal(33, ratings.Count);
        Assert.Equal(
            (17L, 27L, 27L, 16L, 1L),
            (totals.ByCategory["industry_prosperity"], totals.ByCategory["civility_happiness"], totals.ByCategory["safety_rule_of_law"], totals.ByCategory["ecological_livable"], totals.ByCategory["branch_strong"]));
        Assert.Equal((1L, 4L, 15L, 11L), (totals.ByStars[5], totals.ByStars[4], totals.ByStars[3], totals.ByStars[2]));
        Assert.Equal(5, ratings.Single(r => r.Name == "部落村").Stars);
    }

    [Fact]
    public void Bind_SameType_IsBuiltOnce()
    {
        var rater = Simple.Value;

        Assert.Same(rater.Bind<Conventional>(), rater.Bind<Conventional>());
    }

    [Fact]
    public void Rate_ConventionalClass_ReadsEveryProperty()
    {
        var village = new Conventional { Id = "v1", Name = "一村", Income = 250_000, Toilets = 90.5, Petitions = 0, Adviser = true, Grade = Grade.Competent };

        var rating = Simple.Value.Rate(village, Language.English);

        Assert.Equal(("v1", "一村", true, 1), (rating.Id, rating.Name, rating.Rated, rating.Stars));
        Assert.Empty(rating.Problems);
    }

    [Fact]
    public void Rate_NullableProperties_AreMissingValues()
    {
        var village = new Conventional { Id = "v1", Name = "一村", Income = null, Adviser = true };

        var rating = Simple.Value.Rate(village, Language.English);

        Assert.True(rating.Rated);
        Assert.Equal(CriterionState.Missing, rating.Categories[0].Criteria[0].State);
    }

    [Fact]
    public void Rate_ValueOutOfItsRange_IsReportedAndNotRated()
    {
        var village = new Conventional { Id = "v1", Name = "一村", Income = 250_000, Toilets = 250, Adviser = true };

        var rating = Simple.Value.Rate(village, Language.English);

        Assert.False(rating.Rated);
        var problem = Assert.Single(rating.Problems);
        Assert.Equal((DataProblemKind.OutOfRange, "toilets"), (problem.Kind, problem.Indicator));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(100.0, 7)]
    [InlineData(100.000001, 0)]
    [InlineData(-0.5, 0)]
    [InlineData(double.PositiveInfinity, 0)]
    [InlineData(double.NegativeInfinity, 0)]
    [InlineData(double.NaN, 0)]
    [InlineData(50.0, -1)]
    [InlineData(50.0, int.MaxValue)]
    public void AddTo_ValuesAtAndBeyondTheValidRange_StoreWhatBatchSetStores(double toilets, int petitions)
    {
        var rater = Simple.Value;
        var viaObject = rater.CreateBatch();
        var objectRow = rater.Bind<Conventional>().AddTo(viaObject, new Conventional { Id = "v1", Name = "一村", Income = 250_000, Toilets = toilets, Petitions = petitions, Adviser = true });
        var viaSet = rater.CreateBatch();
        var setRow = viaSet.Add("v1", "一村");
        viaSet.Set(setRow, "income", 250_000);
        viaSet.Set(setRow, "toilets", toilets);
        viaSet.Set(setRow, "petitions", petitions);
        viaSet.Set(setRow, "adviser", true);

        foreach (var id in new[] { "income", "toilets", "petitions", "adviser" })
        {
            var slot = rater.Schema.IndexOf(id);
            Assert.Equal(viaSet.Get(setRow, slot), viaObject.Get(objectRow, slot));
        }

        Assert.Equal(viaSet.GetProblems(setRow).Select(p => (p.Kind, p.Indicator)), viaObject.GetProblems(objectRow).Select(p => (p.Kind, p.Indicator)));
        var (setResults, objectResults) = (rater.CreateBuffer(1), rater.CreateBuffer(1));
        rater.Rate(viaSet, setResults);
        rater.Rate(viaObject, objectResults);
        Assert.Equal((setResults.IsRated(0), setResults.GetStars(0), setResults.GetState(0, 0)), (objectResults.IsRated(0), objectResults.GetStars(0), objectResults.GetState(0, 0)));
    }

    [Fact]
    public void Rate_EnumValueTheEnumDoesNotDefine_IsAnInvalidValue()
    {
        var village = new Conventional { Id = "v1", Name = "一村", Grade = (Grade)7 };

        var rating = Simple.Value.Rate(village, Language.English);

        Assert.Equal("grade is \"7\"; expected one of excellent, competent, poor", Assert.Single(rating.Problems).Message);
    }

    [Fact]
    public void RateAll_IdUsedTwice_TheSecondIsADuplicate()
    {
        var villages = Enumerable.Range(0, 600).Select(i => new Conventional { Id = i == 599 ? "v3" : $"v{i}", Name = "村", Income = 1, Adviser = false }).ToList();

        var ratings = Simple.Value.RateAll(villages, Language.English).Villages;

        Assert.Equal(600, ratings.Count);
        Assert.Equal(DataProblemKind.DuplicateId, Assert.Single(ratings[599].Problems).Kind);
        Assert.All(ratings.Take(599), r => Assert.True(r.Rated));
    }

    [Fact]
    public void Rate_NullVillage_IsReportedNotDropped()
    {
        var ratings = Simple.Value.RateAll(new Conventional?[] { null }, Language.English).Villages;

        var rating = Assert.Single(ratings);
        Assert.Equal(("item-1", false), (rating.Id, rating.Rated));
    }

    [Fact]
    public void Bind_AttributesAndNumericId_AreHonoured()
    {
        var village = new Attributed { Code = 42, Title = "四十二村", Money = 300_000m, HasAdviser = true, RowVersion = DateTime.UnixEpoch };

        var rating = Simple.Value.Rate(village, Language.English);

        Assert.Equal(("42", "四十二村", 1), (rating.Id, rating.Name, rating.Stars));
    }

    [Fact]
    public void Bind_ExplicitMap_MapsAndLeavesOut()
    {
        var binding = Simple.Value.Bind<Mapped>(map => map
            .Id(v => v.Key)
            .Name(v => v.Label)
            .Indicator(v => v.A, "income")
            .Indicator(v => v.B, "adviser")
            .Ignore(v => v.Note)
            .NotProvided("toilets")
            .NotProvided("petitions")
            .NotProvided("grade"));

        var rating = binding.Rate(new Mapped { Key = "k", Label = "甲", A = 200_000, B = true, Note = "ignored" }, Language.English);

        Assert.Equal(("k", "甲", 1), (rating.Id, rating.Name, rating.Stars));
    }

    [Fact]
    public void Bind_MisfitClass_ListsEveryProblemAtOnceWithSuggestions()
    {
        var error = Assert.Throws<VillageBindingException>(() => Simple.Value.Bind<Misfit>());

        Assert.Equal(
            [
                "Misfit.Adviser: a Int32 cannot hold indicator 'adviser', which is true or false (use bool or bool?)",
                "Misfit.Toilets: FiveStar cannot read a DateTime; use int, long, decimal, double, bool, string or an enum, or their nullable forms",
                "Misfit.Incme: the property matches no indicator of these criteria; did you mean 'income'?; mark it [NotAnIndicator] if it is not one",
                "Misfit: indicator 'income' has no property; did you mean 'Incme'?; add one (such as Income), mark one [VillageIndicator(\"income\")], or declare that the type does not hold it with map.NotProvided(\"income\")",
                "Misfit.Grade: WrongGrade.Great is not a value of indicator 'grade' (values: excellent, competent, poor); mark the member [VillageValue(\"...\")]",
            ],
            error.Problems);
        Assert.StartsWith("Misfit cannot be rated against criteria 'doc' (5 problems):", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_MisfitClass_SaysItInChinese()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            var error = Assert.Throws<VillageBindingException>(() => Simple.Value.Bind<Misfit>(map => map.NotProvided("petitions")));

            Assert.Contains(error.Problems, p => p.StartsWith("Misfit.Incme：该属性与本评星标准的任何指标都不对应", StringComparison.Ordinal));
            Assert.StartsWith("Misfit 无法按评星标准“doc”评定（5 个问题）", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Bind_Sequence_SaysToUseRateAll()
    {
        var error = Assert.Throws<VillageBindingException>(() => Simple.Value.Rate(new List<Conventional>(), Language.English));

        Assert.Contains("RateAll", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTo_ThenBatchRate_AgreesWithRate()
    {
        var rater = Simple.Value;
        var binding = rater.Bind<Conventional>();
        var batch = rater.CreateBatch();
        var village = new Conventional { Id = "v1", Name = "一村", Income = 250_000, Toilets = 90.5, Petitions = 0, Adviser = true, Grade = Grade.Poor };

        var row = binding.AddTo(batch, village);
        var results = rater.CreateBuffer(1);
        rater.Rate(batch, results);

        Assert.Equal(binding.Rate(village, Language.English).Stars, results.GetStars(row));
        Assert.Equal(1, results.GetStars(row));
    }

    [Fact]
    public async Task RateAllAsync_Stream_RatesEveryVillageInOrder()
    {
        var document = await Simple.Value.RateAllAsync(Villages(700), Language.English, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 700).Select(i => $"v{i}"), document.Villages.Select(r => r.Id));
        Assert.Equal(700, document.Summary.Villages);

        static async IAsyncEnumerable<Conventional> Villages(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                yield return new Conventional { Id = $"v{i}", Name = "村", Income = i * 1000, Adviser = true };
            }
        }
    }

    [Fact]
    public void Rate_Dictionary_ReadsAsJsonWould()
    {
        var village = new Dictionary<string, object?> { ["id"] = "d", ["name"] = "字典村", ["income"] = 250_000m, ["adviser"] = "是", ["toilets"] = "n/a" };

        var rating = Simple.Value.Rate(village, Language.English);

        Assert.Equal("toilets is \"n/a\"; expected a number", Assert.Single(rating.Problems).Message);
    }

    [Fact]
    public void RateJson_OneObject_IsOneRating()
    {
        var document = Simple.Value.RateJson("""{ "id": 7, "name": "七村", "income": 250000, "adviser": true, /* note */ }""", Language.English);

        var rating = Assert.Single(document.Villages);
        Assert.Equal(("7", 1), (rating.Id, rating.Stars));
    }

    public enum Grade
    {
        Excellent,
        Competent,
        Poor,
    }

    public enum WrongGrade
    {
        Excellent,
        Great,
    }

    public sealed class Conventional
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public decimal? Income { get; set; }

        public double? Toilets { get; set; }

        public int? Petitions { get; set; }

        public bool? Adviser { get; set; }

        public Grade? Grade { get; set; }
    }

    public sealed class Attributed
    {
        [VillageId]
        public int Code { get; set; }

        [VillageName]
        public string Title { get; set; } = string.Empty;

        [VillageIndicator("income")]
        public decimal Money { get; set; }

        [VillageIndicator("adviser")]
        public bool HasAdviser { get; set; }

        public double? Toilets { get; set; }

        public long? Petitions { get; set; }

        public string? Grade { get; set; }

        [NotAnIndicator]
        public DateTime RowVersion { get; set; }
    }

    public sealed class Mapped
    {
        public string Key { get; set; } = string.Empty;

        public string Label { get; set; } = string.Empty;

        public double A { get; set; }

        public bool B { get; set; }

        public string? Note { get; set; }
    }

    public sealed class Misfit
    {
        public string? Id { get; set; }

        public double Incme { get; set; }

        public int Adviser { get; set; }

        public DateTime Toilets { get; set; }

        public WrongGrade Grade { get; set; }
    }
}
