namespace TownshipApi;

/// <summary>
/// A village as the township system holds it: one property per indicator, named by FiveStar's convention
/// (<c>SanitaryToiletCoveragePct</c> is <c>sanitary_toilet_coverage_pct</c>); null is a value not reported.
/// </summary>
public sealed class TownshipVillage
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public bool? SecretaryInPost { get; set; }

    public string? SecretaryAppraisalGrade { get; set; }

    public bool? TwoCommitteesComplete { get; set; }

    public int? CadresUnder35Count { get; set; }

    public int? FemaleCadreCount { get; set; }

    public int? PartyMemberCount { get; set; }

    public int? NewPartyMembersYear { get; set; }

    public int? ReserveCadreCount { get; set; }

    public int? ThreeMeetingsOneLessonMonths { get; set; }

    public int? ThemePartyDayCount { get; set; }

    public bool? FourTwoMethodApplied { get; set; }

    public int? AffairsDisclosureCount { get; set; }

    public bool? PartyServiceCenterExists { get; set; }

    public bool? CadreDisciplineViolation { get; set; }

    public int? Population { get; set; }

    public decimal? CollectiveIncomeYuan { get; set; }

    public double? CollectiveIncomeGrowthPct { get; set; }

    public decimal? PerCapitaDisposableIncomeYuan { get; set; }

    public decimal? CountyAvgPerCapitaIncomeYuan { get; set; }

    public int? LeadingIndustryCount { get; set; }

    public bool? BranchLedCoopExists { get; set; }

    public double? LandTransferMu { get; set; }

    public double? SpecialtyCropAreaMu { get; set; }

    public int? JobsCreatedCount { get; set; }

    public int? NewBusinessEntitiesCount { get; set; }

    public double? SanitaryToiletCoveragePct { get; set; }

    public double? RefuseCollectionCoveragePct { get; set; }

    public double? SewageTreatmentCoveragePct { get; set; }

    public int? CleanerStaffCount { get; set; }

    public double? BeautifulCourtyardPct { get; set; }

    public bool? FourBeautifulVillage { get; set; }

    public double? HardenedRoadCoveragePct { get; set; }

    public double? SafeDrinkingWaterCoveragePct { get; set; }

    public double? GreenCoveragePct { get; set; }

    public int? EnvironmentalViolationCount { get; set; }

    public int? EscalatedPetitionCount { get; set; }

    public int? CasualtyAccidentCount { get; set; }

    public int? CriminalCaseCount { get; set; }

    public int? MajorPublicOrderCaseCount { get; set; }

    public int? DisputesReceivedCount { get; set; }

    public int? DisputesResolvedLocallyCount { get; set; }

    public int? GridMembersCount { get; set; }

    public bool? LegalAdviserAssigned { get; set; }

    public string? RuleOfLawModelVillageLevel { get; set; }

    public bool? ThreeZeroVillageCertified { get; set; }

    public bool? CivilizationStationExists { get; set; }

    public int? CivilizationActivitiesCount { get; set; }

    public bool? VillageRulesExists { get; set; }

    public int? CouncilsEstablishedCount { get; set; }

    public int? StarCivilizedHouseholdsCount { get; set; }

    public int? HouseholdsTotal { get; set; }

    public int? RoleModelsSelectedCount { get; set; }

    public bool? LibraryExists { get; set; }

    public bool? ActivityRoomExists { get; set; }

    public bool? CultureSquareExists { get; set; }

    public bool? StandardClinicExists { get; set; }

    public bool? ElderlyCanteenExists { get; set; }

    public int? VolunteerTeamCount { get; set; }

    public bool? PointsSystemOperating { get; set; }

    public double? ResidentSatisfactionPct { get; set; }
}
