using System.Runtime.CompilerServices;

namespace FiveStar.Benchmarks;

/// <summary>
/// The hand-written baseline: henan-rural-2022 as branch-free C# over the POCO. Every criterion is evaluated (<c>&amp;</c>
/// and <c>|</c>, not <c>&amp;&amp;</c> and <c>||</c>), each bool becomes one bit, and the stars come from
/// <see cref="CriterionBits.Awarded"/>. Thresholds are the document's defaults, as constants.
/// </summary>
public static class HandWrittenRater
{
    /// <summary>Rates villages as <see cref="Rate"/> does, one contiguous share per core, each on its own thread.</summary>
    /// <param name="villages">The villages.</param>
    /// <param name="masks">The criterion and veto bits per village.</param>
    /// <param name="stars">The stars per village.</param>
    public static void RateParallel(Village[] villages, ulong[] masks, byte[] stars)
    {
        ArgumentNullException.ThrowIfNull(villages);
        var cores = Environment.ProcessorCount;
        var share = (villages.Length + cores - 1) / cores;
        Parallel.For(0, cores, p =>
        {
            var start = Math.Min(villages.Length, p * share);
            var count = Math.Min(villages.Length, start + share) - start;
            Rate(villages.AsSpan(start, count), masks.AsSpan(start, count), stars.AsSpan(start, count));
        });
    }

    /// <summary>Rates villages into bit masks and star counts.</summary>
    /// <param name="villages">The villages.</param>
    /// <param name="masks">The criterion and veto bits per village.</param>
    /// <param name="stars">The stars per village.</param>
    public static void Rate(ReadOnlySpan<Village> villages, Span<ulong> masks, Span<byte> stars)
    {
        for (var i = 0; i < villages.Length; i++)
        {
            var mask = Mask(villages[i]);
            masks[i] = mask;
            stars[i] = (byte)CriterionBits.Stars(mask);
        }
    }

    /// <summary>The 29 criterion bits and the two veto bits of one village.</summary>
    /// <param name="v">The village.</param>
    /// <returns>The bits, in <see cref="CriterionBits.Ids"/> order.</returns>
    public static ulong Mask(Village v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var grade = v.SecretaryAppraisalGrade;
        var m = Bit(v.SecretaryInPost & (string.Equals(grade, "excellent", StringComparison.Ordinal) | string.Equals(grade, "competent", StringComparison.Ordinal)));
        m |= Bit(v.TwoCommitteesComplete & (v.CadresUnder35Count >= 1) & (v.FemaleCadreCount >= 1)) << 1;
        m |= Bit((v.NewPartyMembersYear >= 1) | (v.ReserveCadreCount >= 1)) << 2;
        m |= Bit((v.ThreeMeetingsOneLessonMonths >= 12) & (v.ThemePartyDayCount >= 12)) << 3;
        m |= Bit(v.FourTwoMethodApplied & (v.AffairsDisclosureCount >= 4)) << 4;
        m |= Bit(v.PartyServiceCenterExists) << 5;

        // The derived percentages without a branch: divide anyway, then mask with the guard (0 / 0 is NaN and compares false).
        var county = v.CountyAvgPerCapitaIncomeYuan;
        var incomeMet = (county > 0) & (100.0 * v.PerCapitaDisposableIncomeYuan / county >= 100);
        m |= Bit(v.CollectiveIncomeYuan >= 200000) << 6;
        m |= Bit(v.LeadingIndustryCount >= 1) << 7;
        m |= Bit(v.BranchLedCoopExists) << 8;
        m |= Bit(incomeMet) << 9;
        m |= Bit(v.LandTransferMu >= 300) << 10;
        m |= Bit(v.JobsCreatedCount >= 30) << 11;

        m |= Bit(v.SanitaryToiletCoveragePct >= 80) << 12;
        m |= Bit((v.RefuseCollectionCoveragePct >= 100) & (v.CleanerStaffCount >= 2)) << 13;
        m |= Bit(v.SewageTreatmentCoveragePct >= 50) << 14;
        m |= Bit(v.FourBeautifulVillage | (v.BeautifulCourtyardPct >= 30)) << 15;
        m |= Bit(v.GreenCoveragePct >= 30) << 16;
        m |= Bit((v.HardenedRoadCoveragePct >= 100) & (v.SafeDrinkingWaterCoveragePct >= 100)) << 17;

        var received = v.DisputesReceivedCount;
        var resolvedMet = (received <= 0) | (100.0 * v.DisputesResolvedLocallyCount / received >= 95);
        m |= Bit(v.EscalatedPetitionCount == 0) << 18;
        m |= Bit(v.CasualtyAccidentCount == 0) << 19;
        m |= Bit((v.CriminalCaseCount == 0) & (v.MajorPublicOrderCaseCount == 0)) << 20;
        m |= Bit(resolvedMet & (v.GridMembersCount >= 1)) << 21;
        m |= Bit(v.LegalAdviserAssigned) << 22;

        var households = v.HouseholdsTotal;
        var shareMet = (households > 0) & (100.0 * v.StarCivilizedHouseholdsCount / households >= 20);
        m |= Bit(v.CivilizationStationExists & (v.CivilizationActivitiesCount >= 12)) << 23;
        m |= Bit(v.VillageRulesExists & (v.CouncilsEstablishedCount >= 4)) << 24;
        m |= Bit(shareMet) << 25;
        m |= Bit(v.LibraryExists & v.ActivityRoomExists & v.CultureSquareExists) << 26;
        m |= Bit(v.StandardClinicExists) << 27;
        m |= Bit((v.VolunteerTeamCount >= 1) & v.PointsSystemOperating) << 28;

        m |= Bit((v.EscalatedPetitionCount > 0) | (v.CasualtyAccidentCount > 0) | (v.CriminalCaseCount > 0) | (v.MajorPublicOrderCaseCount > 0)) << CriterionBits.ThreeZeroBit;
        m |= Bit(v.CadreDisciplineViolation) << CriterionBits.DisciplineBit;
        return m;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bit(bool value) => Unsafe.As<bool, byte>(ref value);
}
