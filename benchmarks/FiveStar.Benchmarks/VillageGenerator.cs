using FiveStar.Rating;
using FiveStar.Villages;

namespace FiveStar.Benchmarks;

/// <summary>
/// Seeded generator of villages for henan-rural-2022. Each village has an "excellence" drawn uniformly from [0, 1);
/// each category is "strong" with that probability, and each criterion then passes with 97 % (strong) or 35 % (weak)
/// probability. So every criterion passes about two times in three, and because strength is correlated within a
/// village the star count spreads over 0–5 instead of collapsing to zero. Values sit on both sides of each threshold,
/// often exactly on it, so <c>&gt;=</c> versus <c>&gt;</c> and the derived percentages are exercised.
/// </summary>
public sealed class VillageGenerator
{
    /// <summary>The seed every benchmark uses.</summary>
    public const int DefaultSeed = 20220901;

    private const double StrongPass = 0.97;
    private const double WeakPass = 0.35;

    private static readonly string[] Grades = ["excellent", "competent", "basically_competent", "incompetent"];
    private static readonly string[] Levels = ["none", "county", "city", "province", "national"];

    private readonly Random _random;
    private readonly int[] _slots;
    private readonly double[][] _codes;

    /// <summary>Initializes a new instance of the <see cref="VillageGenerator"/> class.</summary>
    /// <param name="rater">The rater whose schema the batches follow; null to generate POCOs only.</param>
    /// <param name="seed">The seed.</param>
    public VillageGenerator(StarRater? rater, int seed = DefaultSeed)
    {
        _random = new Random(seed);
        var columns = VillageColumn.All;
        _slots = new int[columns.Count];
        _codes = new double[columns.Count][];
        if (rater is null)
        {
            return;
        }

        for (var c = 0; c < columns.Count; c++)
        {
            var slot = rater.Schema.IndexOf(columns[c].IndicatorId);
            if (slot < 0)
            {
                throw new InvalidOperationException($"The schema has no indicator '{columns[c].IndicatorId}'.");
            }

            _slots[c] = slot;
            if (columns[c].Kind == ColumnKind.Enumeration)
            {
                var values = columns[c].IndicatorId == "secretary_appraisal_grade" ? Grades : Levels;
                _codes[c] = new double[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    _codes[c][i] = rater.Schema.CodeOf(slot, values[i]);
                    if (_codes[c][i] < 0)
                    {
                        throw new InvalidOperationException($"'{values[i]}' is not a value of '{columns[c].IndicatorId}'.");
                    }
                }
            }
        }

        if (rater.Schema.Count != columns.Count)
        {
            throw new InvalidOperationException($"The schema has {rater.Schema.Count} indicators; the POCO has {columns.Count}.");
        }
    }

    /// <summary>Generates <paramref name="count"/> villages into a new batch and, when asked, the same villages as POCOs.</summary>
    /// <param name="rater">The rater.</param>
    /// <param name="count">How many villages.</param>
    /// <param name="withPocos">Whether to keep the POCOs (the 10M scaling run does not need them).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The batch and the POCOs (empty when not kept).</returns>
    public static (VillageBatch Batch, Village[] Villages) Generate(StarRater rater, int count, bool withPocos = true, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(rater);
        var generator = new VillageGenerator(rater, seed);
        var batch = rater.CreateBatch(count);
        var villages = withPocos ? new Village[count] : [];
        var scratch = new Village();
        for (var i = 0; i < count; i++)
        {
            var village = withPocos ? new Village() : scratch;
            generator.Next(village, i);
            generator.Add(batch, village);
            if (withPocos)
            {
                villages[i] = village;
            }
        }

        return (batch, villages);
    }

    /// <summary>Adds a village to a batch, one <see cref="VillageBatch.Set(int, int, double)"/> per indicator.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="village">The village.</param>
    /// <returns>The row.</returns>
    public int Add(VillageBatch batch, Village village)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(village);
        if (_codes[1] is null)
        {
            throw new InvalidOperationException("The generator was created without a rater.");
        }

        var row = batch.Add(village.Id, village.Id);
        var columns = VillageColumn.All;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var value = column.Kind == ColumnKind.Enumeration ? Code(c, column.Text!(village)) : column.Number!(village);
            batch.Set(row, _slots[c], value);
        }

        return row;
    }

    /// <summary>Fills a village with the next random values.</summary>
    /// <param name="v">The village to overwrite.</param>
    /// <param name="index">Its position, used for the id.</param>
    public void Next(Village v, int index)
    {
        ArgumentNullException.ThrowIfNull(v);
        v.Id = "V" + index.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var excellence = _random.NextDouble();

        // branch_strong
        var strong = Chance(excellence);
        if (Pass(strong))
        {
            v.SecretaryInPost = true;
            v.SecretaryAppraisalGrade = Grades[Int(0, 1)];
        }
        else if (Chance(0.5))
        {
            v.SecretaryInPost = false;
            v.SecretaryAppraisalGrade = Grades[Int(0, 3)];
        }
        else
        {
            v.SecretaryInPost = true;
            v.SecretaryAppraisalGrade = Grades[Int(2, 3)];
        }

        var fail = Pass(strong) ? -1 : Int(0, 2);
        v.TwoCommitteesComplete = fail != 0;
        v.CadresUnder35Count = fail == 1 ? 0 : Int(1, 4);
        v.FemaleCadreCount = fail == 2 ? 0 : Int(1, 4);
        v.PartyMemberCount = Int(15, 300);
        if (Pass(strong))
        {
            v.NewPartyMembersYear = Int(0, 4);
            v.ReserveCadreCount = v.NewPartyMembersYear == 0 ? Int(1, 5) : Int(0, 5);
        }
        else
        {
            v.NewPartyMembersYear = 0;
            v.ReserveCadreCount = 0;
        }

        fail = Pass(strong) ? -1 : Int(0, 2);
        v.ThreeMeetingsOneLessonMonths = fail is 0 or 2 ? Int(6, 11) : 12;
        v.ThemePartyDayCount = fail is 1 or 2 ? Int(4, 11) : Int(12, 24);
        fail = Pass(strong) ? -1 : Int(0, 1);
        v.FourTwoMethodApplied = fail != 0;
        v.AffairsDisclosureCount = fail == 1 ? Int(0, 3) : Int(4, 12);
        v.PartyServiceCenterExists = Pass(strong);
        v.CadreDisciplineViolation = Chance(0.06);

        // industry_prosperity
        strong = Chance(excellence);
        v.Population = Int(300, 6000);
        v.CollectiveIncomeYuan = Pass(strong) ? (Chance(0.15) ? 200000 : Dbl(200000, 1500000)) : Dbl(0, 199999.9);
        v.CollectiveIncomeGrowthPct = Dbl(-30, 60);
        v.LeadingIndustryCount = Pass(strong) ? Int(1, 4) : 0;
        v.BranchLedCoopExists = Pass(strong);
        v.CountyAvgPerCapitaIncomeYuan = Chance(0.01) ? 0 : Int(14000, 26000);
        v.PerCapitaDisposableIncomeYuan = Pass(strong)
            ? (Chance(0.15) ? v.CountyAvgPerCapitaIncomeYuan : Math.Round(v.CountyAvgPerCapitaIncomeYuan * (1 + (_random.NextDouble() * 0.6)), 1))
            : Math.Round(v.CountyAvgPerCapitaIncomeYuan * (0.6 + (_random.NextDouble() * 0.399)), 1);
        v.LandTransferMu = Pass(strong) ? (Chance(0.15) ? 300 : Dbl(300, 3000)) : Dbl(0, 299.9);
        v.SpecialtyCropAreaMu = Dbl(0, 1500);
        v.JobsCreatedCount = Pass(strong) ? Int(30, 300) : Int(0, 29);
        v.NewBusinessEntitiesCount = Int(0, 12);

        // ecological_livable
        strong = Chance(excellence);
        v.SanitaryToiletCoveragePct = Pass(strong) ? (Chance(0.15) ? 80 : Dbl(80, 100)) : Dbl(40, 79.9);
        fail = Pass(strong) ? -1 : Int(0, 2);
        v.RefuseCollectionCoveragePct = fail is 0 or 2 ? Dbl(70, 99.9) : 100;
        v.CleanerStaffCount = fail is 1 or 2 ? Int(0, 1) : Int(2, 12);
        v.SewageTreatmentCoveragePct = Pass(strong) ? (Chance(0.15) ? 50 : Dbl(50, 100)) : Dbl(0, 49.9);
        if (Pass(strong))
        {
            v.FourBeautifulVillage = Chance(0.4);
            v.BeautifulCourtyardPct = v.FourBeautifulVillage ? Dbl(0, 90) : Dbl(30, 90);
        }
        else
        {
            v.FourBeautifulVillage = false;
            v.BeautifulCourtyardPct = Dbl(0, 29.9);
        }

        v.GreenCoveragePct = Pass(strong) ? Dbl(30, 65) : Dbl(5, 29.9);
        fail = Pass(strong) ? -1 : Int(0, 2);
        v.HardenedRoadCoveragePct = fail is 0 or 2 ? Dbl(85, 99.9) : 100;
        v.SafeDrinkingWaterCoveragePct = fail is 1 or 2 ? Dbl(85, 99.9) : 100;
        v.EnvironmentalViolationCount = Int(0, 3);

        // safety_rule_of_law
        strong = Chance(excellence);
        v.EscalatedPetitionCount = Pass(strong) ? 0 : Int(1, 3);
        v.CasualtyAccidentCount = Pass(strong) ? 0 : Int(1, 2);
        fail = Pass(strong) ? -1 : Int(0, 2);
        v.CriminalCaseCount = fail is 0 or 2 ? Int(1, 3) : 0;
        v.MajorPublicOrderCaseCount = fail is 1 or 2 ? Int(1, 2) : 0;
        fail = Pass(strong) ? -1 : Int(0, 1);
        v.DisputesReceivedCount = Chance(0.1) ? 0 : Int(1, 200);
        var needed = (int)Math.Ceiling(v.DisputesReceivedCount * 0.95);
        v.DisputesResolvedLocallyCount = fail == 0 && v.DisputesReceivedCount > 0
            ? Int((int)(v.DisputesReceivedCount * 0.5), Math.Max((int)(v.DisputesReceivedCount * 0.5), needed - 1))
            : Int(needed, v.DisputesReceivedCount);
        v.GridMembersCount = fail == 1 ? 0 : Int(1, 20);
        v.LegalAdviserAssigned = Pass(strong);
        v.RuleOfLawModelVillageLevel = Levels[Int(0, 4)];
        v.ThreeZeroVillageCertified = Chance(0.5);

        // civility_happiness
        strong = Chance(excellence);
        fail = Pass(strong) ? -1 : Int(0, 1);
        v.CivilizationStationExists = fail != 0;
        v.CivilizationActivitiesCount = fail == 1 ? Int(0, 11) : Int(12, 60);
        fail = Pass(strong) ? -1 : Int(0, 1);
        v.VillageRulesExists = fail != 0;
        v.CouncilsEstablishedCount = fail == 1 ? Int(0, 3) : Int(4, 5);
        v.HouseholdsTotal = Int(80, 1500);
        var share = (int)Math.Ceiling(v.HouseholdsTotal * 0.2);
        v.StarCivilizedHouseholdsCount = Pass(strong) ? Int(share, v.HouseholdsTotal) : Int(0, share - 1);
        v.RoleModelsSelectedCount = Int(0, 30);
        fail = Pass(strong) ? -1 : Int(0, 2);
        v.LibraryExists = fail != 0;
        v.ActivityRoomExists = fail != 1;
        v.CultureSquareExists = fail != 2;
        v.StandardClinicExists = Pass(strong);
        v.ElderlyCanteenExists = Chance(0.4);
        fail = Pass(strong) ? -1 : Int(0, 1);
        v.VolunteerTeamCount = fail == 0 ? 0 : Int(1, 8);
        v.PointsSystemOperating = fail != 1;
        v.ResidentSatisfactionPct = Dbl(60, 100);
    }

    private double Code(int column, string text)
    {
        var values = _codes[column].Length == Grades.Length ? Grades : Levels;
        return _codes[column][Array.IndexOf(values, text)];
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private bool Pass(bool strong) => _random.NextDouble() < (strong ? StrongPass : WeakPass);

    private int Int(int min, int max) => _random.Next(min, max + 1);

    private double Dbl(double min, double max) => Math.Round(min + (_random.NextDouble() * (max - min)), 1);
}
