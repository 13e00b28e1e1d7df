namespace FiveStar.Benchmarks;

/// <summary>
/// One village as a typed object, one property per input indicator of the default document (henan-rural-2022): the
/// input RulesEngine and the hand-written baseline read. Derived indicators (the three percentages) are not stored:
/// both baselines compute them from their inputs, as FiveStar does.
/// </summary>
public sealed class Village
{
    public string Id { get; set; } = "";

    // branch_strong
    public bool SecretaryInPost { get; set; }
    public string SecretaryAppraisalGrade { get; set; } = "competent";
    public bool TwoCommitteesComplete { get; set; }
    public int CadresUnder35Count { get; set; }
    public int FemaleCadreCount { get; set; }
    public int PartyMemberCount { get; set; }
    public int NewPartyMembersYear { get; set; }
    public int ReserveCadreCount { get; set; }
    public int ThreeMeetingsOneLessonMonths { get; set; }
    public int ThemePartyDayCount { get; set; }
    public bool FourTwoMethodApplied { get; set; }
    public int AffairsDisclosureCount { get; set; }
    public bool PartyServiceCenterExists { get; set; }
    public bool CadreDisciplineViolation { get; set; }

    // industry_prosperity
    public int Population { get; set; }
    public double CollectiveIncomeYuan { get; set; }
    public double CollectiveIncomeGrowthPct { get; set; }
    public double PerCapitaDisposableIncomeYuan { get; set; }
    public double CountyAvgPerCapitaIncomeYuan { get; set; }
    public int LeadingIndustryCount { get; set; }
    public bool BranchLedCoopExists { get; set; }
    public double LandTransferMu { get; set; }
    public double SpecialtyCropAreaMu { get; set; }
    public int JobsCreatedCount { get; set; }
    public int NewBusinessEntitiesCount { get; set; }

    // ecological_livable
    public double SanitaryToiletCoveragePct { get; set; }
    public double RefuseCollectionCoveragePct { get; set; }
    public double SewageTreatmentCoveragePct { get; set; }
    public int CleanerStaffCount { get; set; }
    public double BeautifulCourtyardPct { get; set; }
    public bool FourBeautifulVillage { get; set; }
    public double HardenedRoadCoveragePct { get; set; }
    public double SafeDrinkingWaterCoveragePct { get; set; }
    public double GreenCoveragePct { get; set; }
    public int EnvironmentalViolationCount { get; set; }

    // safety_rule_of_law
    public int EscalatedPetitionCount { get; set; }
    public int CasualtyAccidentCount { get; set; }
    public int CriminalCaseCount { get; set; }
    public int MajorPublicOrderCaseCount { get; set; }
    public int DisputesReceivedCount { get; set; }
    public int DisputesResolvedLocallyCount { get; set; }
    public int GridMembersCount { get; set; }
    public bool LegalAdviserAssigned { get; set; }
    public string RuleOfLawModelVillageLevel { get; set; } = "none";
    public bool ThreeZeroVillageCertified { get; set; }

    // civility_happiness
    public bool CivilizationStationExists { get; set; }
    public int CivilizationActivitiesCount { get; set; }
    public bool VillageRulesExists { get; set; }
    public int CouncilsEstablishedCount { get; set; }
    public int StarCivilizedHouseholdsCount { get; set; }
    public int HouseholdsTotal { get; set; }
    public int RoleModelsSelectedCount { get; set; }
    public bool LibraryExists { get; set; }
    public bool ActivityRoomExists { get; set; }
    public bool CultureSquareExists { get; set; }
    public bool StandardClinicExists { get; set; }
    public bool ElderlyCanteenExists { get; set; }
    public int VolunteerTeamCount { get; set; }
    public bool PointsSystemOperating { get; set; }
    public double ResidentSatisfactionPct { get; set; }
}
