namespace FiveStar.Benchmarks;

/// <summary>One indicator of the default document and how to read it from a <see cref="Village"/>.</summary>
/// <param name="IndicatorId">The indicator's id in the document (and the CSV column name).</param>
/// <param name="Kind">How the value is typed on the POCO.</param>
/// <param name="Number">Reads a number, integer or boolean (1/0); null for enumerations.</param>
/// <param name="Text">Reads an enumeration value id; null for the others.</param>
public sealed record VillageColumn(string IndicatorId, ColumnKind Kind, Func<Village, double>? Number, Func<Village, string>? Text)
{
    /// <summary>Gets every input indicator of henan-rural-2022, in a fixed order.</summary>
    public static IReadOnlyList<VillageColumn> All { get; } =
    [
        B("secretary_in_post", v => v.SecretaryInPost),
        E("secretary_appraisal_grade", v => v.SecretaryAppraisalGrade),
        B("two_committees_complete", v => v.TwoCommitteesComplete),
        I("cadres_under_35_count", v => v.CadresUnder35Count),
        I("female_cadre_count", v => v.FemaleCadreCount),
        I("party_member_count", v => v.PartyMemberCount),
        I("new_party_members_year", v => v.NewPartyMembersYear),
        I("reserve_cadre_count", v => v.ReserveCadreCount),
        I("three_meetings_one_lesson_months", v => v.ThreeMeetingsOneLessonMonths),
        I("theme_party_day_count", v => v.ThemePartyDayCount),
        B("four_two_method_applied", v => v.FourTwoMethodApplied),
        I("affairs_disclosure_count", v => v.AffairsDisclosureCount),
        B("party_service_center_exists", v => v.PartyServiceCenterExists),
        B("cadre_discipline_violation", v => v.CadreDisciplineViolation),

        I("population", v => v.Population),
        D("collective_income_yuan", v => v.CollectiveIncomeYuan),
        D("collective_income_growth_pct", v => v.CollectiveIncomeGrowthPct),
        D("per_capita_disposable_income_yuan", v => v.PerCapitaDisposableIncomeYuan),
        D("county_avg_per_capita_income_yuan", v => v.CountyAvgPerCapitaIncomeYuan),
        I("leading_industry_count", v => v.LeadingIndustryCount),
        B("branch_led_coop_exists", v => v.BranchLedCoopExists),
        D("land_transfer_mu", v => v.LandTransferMu),
        D("specialty_crop_area_mu", v => v.SpecialtyCropAreaMu),
        I("jobs_created_count", v => v.JobsCreatedCount),
        I("new_business_entities_count", v => v.NewBusinessEntitiesCount),

        D("sanitary_toilet_coverage_pct", v => v.SanitaryToiletCoveragePct),
        D("refuse_collection_coverage_pct", v => v.RefuseCollectionCoveragePct),
        D("sewage_treatment_coverage_pct", v => v.SewageTreatmentCoveragePct),
        I("cleaner_staff_count", v => v.CleanerStaffCount),
        D("beautiful_courtyard_pct", v => v.BeautifulCourtyardPct),
        B("four_beautiful_village", v => v.FourBeautifulVillage),
        D("hardened_road_coverage_pct", v => v.HardenedRoadCoveragePct),
        D("safe_drinking_water_coverage_pct", v => v.SafeDrinkingWaterCoveragePct),
        D("green_coverage_pct", v => v.GreenCoveragePct),
        I("environmental_violation_count", v => v.EnvironmentalViolationCount),

        I("escalated_petition_count", v => v.EscalatedPetitionCount),
        I("casualty_accident_count", v => v.CasualtyAccidentCount),
        I("criminal_case_count", v => v.CriminalCaseCount),
        I("major_public_order_case_count", v => v.MajorPublicOrderCaseCount),
        I("disputes_received_count", v => v.DisputesReceivedCount),
        I("disputes_resolved_locally_count", v => v.DisputesResolvedLocallyCount),
        I("grid_members_count", v => v.GridMembersCount),
        B("legal_adviser_assigned", v => v.LegalAdviserAssigned),
        E("rule_of_law_model_village_level", v => v.RuleOfLawModelVillageLevel),
        B("three_zero_village_certified", v => v.ThreeZeroVillageCertified),

        B("civilization_station_exists", v => v.CivilizationStationExists),
        I("civilization_activities_count", v => v.CivilizationActivitiesCount),
        B("village_rules_exists", v => v.VillageRulesExists),
        I("councils_established_count", v => v.CouncilsEstablishedCount),
        I("star_civilized_households_count", v => v.StarCivilizedHouseholdsCount),
        I("households_total", v => v.HouseholdsTotal),
        I("role_models_selected_count", v => v.RoleModelsSelectedCount),
        B("library_exists", v => v.LibraryExists),
        B("activity_room_exists", v => v.ActivityRoomExists),
        B("culture_square_exists", v => v.CultureSquareExists),
        B("standard_clinic_exists", v => v.StandardClinicExists),
        B("elderly_canteen_exists", v => v.ElderlyCanteenExists),
        I("volunteer_team_count", v => v.VolunteerTeamCount),
        B("points_system_operating", v => v.PointsSystemOperating),
        D("resident_satisfaction_pct", v => v.ResidentSatisfactionPct),
    ];

    private static VillageColumn B(string id, Func<Village, bool> read) => new(id, ColumnKind.Boolean, v => read(v) ? 1 : 0, null);

    private static VillageColumn I(string id, Func<Village, int> read) => new(id, ColumnKind.WholeNumber, v => read(v), null);

    private static VillageColumn D(string id, Func<Village, double> read) => new(id, ColumnKind.Number, read, null);

    private static VillageColumn E(string id, Func<Village, string> read) => new(id, ColumnKind.Enumeration, null, read);
}
