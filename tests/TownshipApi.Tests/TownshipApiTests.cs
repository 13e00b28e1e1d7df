using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace TownshipApi.Tests;

/// <summary>The township API in process against a real SQLite file seeded with Hanzhuang's villages.</summary>
public sealed class TownshipApiTests(TownshipApiFactory factory) : IClassFixture<TownshipApiFactory>
{
    [Fact]
    public async Task GetRatings_EveryVillageOfTheDatabase_ReproducesThePublishedFigures()
    {
        using var client = factory.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/villages/ratings?lang=en", UriKind.Relative)))!;

        var summary = document["summary"]!;
        Assert.Equal(33, document["villages"]!.AsArray().Count);
        Assert.Equal((33, 33), ((int)summary["villages"]!, (int)summary["rated"]!));
        var byCategory = summary["byCategory"]!;
        Assert.Equal(
            (17, 27, 27, 16, 1),
            ((int)byCategory["industry_prosperity"]!, (int)byCategory["civility_happiness"]!, (int)byCategory["safety_rule_of_law"]!, (int)byCategory["ecological_livable"]!, (int)byCategory["branch_strong"]!));
        var byStars = summary["byStars"]!;
        Assert.Equal((1, 4, 15, 11), ((int)byStars["5"]!, (int)byStars["4"]!, (int)byStars["3"]!, (int)byStars["2"]!));
        Assert.Equal("hanzhuang-2022", (string)document["criteria"]!["id"]!);
    }

    [Fact]
    public async Task GetRatings_ReadsTheSqliteFile_AVillageChangedThereIsRatedSo()
    {
        using var client = factory.CreateClient();
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE villages SET population = -5 WHERE id = 'hz33'";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        try
        {
            var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/villages/ratings?lang=en", UriKind.Relative)))!;

            var village = document["villages"]!.AsArray().Single(v => (string)v!["id"]! == "hz33")!;
            Assert.False((bool)village["rated"]!);
            Assert.Equal("out_of_range", (string)village["problems"]![0]!["kind"]!);
            Assert.Equal(32, (int)document["summary"]!["rated"]!);
        }
        finally
        {
            await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
            await connection.OpenAsync();
            await using var restore = connection.CreateCommand();
            restore.CommandText = "UPDATE villages SET population = 1370 WHERE id = 'hz33'";
            await restore.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task PostRate_VillageWithOutOfRangeValues_IsRefusedWithEachProblem()
    {
        using var client = factory.CreateClient();
        var village = Buluo();
        village.SanitaryToiletCoveragePct = 250;
        village.Population = -5;

        using var response = await client.PostAsJsonAsync(new Uri("/villages/rate?lang=en", UriKind.Relative), village);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var rating = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False((bool)rating["rated"]!);
        Assert.Equal(
            [("out_of_range", "population"), ("out_of_range", "sanitary_toilet_coverage_pct")],
            rating["problems"]!.AsArray().Select(p => ((string)p!["kind"]!, (string)p["indicator"]!)));
    }

    [Fact]
    public async Task PostRate_SoundVillage_IsRated()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/villages/rate?lang=en", UriKind.Relative), Buluo());

        response.EnsureSuccessStatusCode();
        var rating = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((true, 5), ((bool)rating["rated"]!, (int)rating["stars"]!));
    }

    [Fact]
    public async Task GetGap_ThreeStarVillage_NamesAStarItCanEarnNext()
    {
        using var client = factory.CreateClient();
        var ratings = JsonNode.Parse(await client.GetStringAsync(new Uri("/villages/ratings?lang=en", UriKind.Relative)))!["villages"]!.AsArray();
        var three = (string)ratings.First(v => (int)v!["stars"]! == 3)!["id"]!;

        var gap = JsonNode.Parse(await client.GetStringAsync(new Uri($"/villages/{three}/gap?lang=en", UriKind.Relative)))!;

        Assert.Equal(three, (string)gap["villageId"]!);
        Assert.NotNull(gap["next"]);
        Assert.NotEqual("branch_strong", (string)gap["next"]!["categoryId"]!);
    }

    [Fact]
    public async Task GetGap_UnknownVillage_IsNotFound()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/villages/nowhere/gap", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Database_IsARealSqliteFile()
    {
        using var client = factory.CreateClient();

        Assert.True(new FileInfo(factory.DatabasePath).Length > 0);
        Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(factory.DatabasePath).AsSpan(0, 16)));
    }

    /// <summary>部落村 (hz02) of the Hanzhuang data, the town's one five-star village.</summary>
    private static TownshipVillage Buluo() => new()
    {
        Id = "hz02", Name = "部落村", SecretaryInPost = true, SecretaryAppraisalGrade = "excellent", TwoCommitteesComplete = true, CadresUnder35Count = 1,
        FemaleCadreCount = 2, PartyMemberCount = 97, NewPartyMembersYear = 2, ReserveCadreCount = 4, ThreeMeetingsOneLessonMonths = 12, ThemePartyDayCount = 12,
        FourTwoMethodApplied = true, AffairsDisclosureCount = 12, PartyServiceCenterExists = true, CadreDisciplineViolation = false, Population = 2860,
        CollectiveIncomeYuan = 4120000, CollectiveIncomeGrowthPct = 18.6, PerCapitaDisposableIncomeYuan = 26000, CountyAvgPerCapitaIncomeYuan = 19650,
        LeadingIndustryCount = 2, BranchLedCoopExists = true, LandTransferMu = 1620, SpecialtyCropAreaMu = 0, JobsCreatedCount = 420, NewBusinessEntitiesCount = 36,
        SanitaryToiletCoveragePct = 95.9, RefuseCollectionCoveragePct = 100, SewageTreatmentCoveragePct = 86, CleanerStaffCount = 7, BeautifulCourtyardPct = 56.4,
        FourBeautifulVillage = true, HardenedRoadCoveragePct = 100, SafeDrinkingWaterCoveragePct = 100, GreenCoveragePct = 44.2, EnvironmentalViolationCount = 0,
        EscalatedPetitionCount = 0, CasualtyAccidentCount = 0, CriminalCaseCount = 0, MajorPublicOrderCaseCount = 0, DisputesReceivedCount = 19,
        DisputesResolvedLocallyCount = 19, GridMembersCount = 8, LegalAdviserAssigned = true, RuleOfLawModelVillageLevel = "city", ThreeZeroVillageCertified = true,
        CivilizationStationExists = true, CivilizationActivitiesCount = 38, VillageRulesExists = true, CouncilsEstablishedCount = 5, StarCivilizedHouseholdsCount = 318,
        HouseholdsTotal = 823, RoleModelsSelectedCount = 10, LibraryExists = true, ActivityRoomExists = true, CultureSquareExists = true, StandardClinicExists = true,
        ElderlyCanteenExists = true, VolunteerTeamCount = 4, PointsSystemOperating = true, ResidentSatisfactionPct = 95.6,
    };
}
