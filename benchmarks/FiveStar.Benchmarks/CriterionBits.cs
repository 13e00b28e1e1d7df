using System.Numerics;
using System.Runtime.CompilerServices;

namespace FiveStar.Benchmarks;

/// <summary>
/// The criteria and vetoes of henan-rural-2022 as bits of one <see cref="ulong"/>, in a fixed order shared by the
/// RulesEngine workflow (rule order), the hand-written baseline and the correctness check, and the award logic on it:
/// a category's star needs all its criteria; the three-zero veto revokes safety_rule_of_law; branch_strong needs the
/// other four stars; the discipline veto voids the rating.
/// </summary>
public static class CriterionBits
{
    /// <summary>The ids, criteria first (bits 0–28), then the two vetoes (bits 29 and 30).</summary>
    public static readonly string[] Ids =
    [
        "B1", "B2", "B3", "B4", "B5", "B6",
        "I1", "I2", "I3", "I4", "I5", "I6",
        "E1", "E2", "E3", "E4", "E5", "E6",
        "S1", "S2", "S3", "S4", "S5",
        "C1", "C2", "C3", "C4", "C5", "C6",
        "three_zero_breach", "cadre_discipline_veto",
    ];

    /// <summary>The number of criteria (the vetoes follow).</summary>
    public const int CriterionCount = 29;

    /// <summary>The criteria of branch_strong.</summary>
    public const ulong Branch = 0x3FUL;

    /// <summary>The criteria of industry_prosperity.</summary>
    public const ulong Industry = 0x3FUL << 6;

    /// <summary>The criteria of ecological_livable.</summary>
    public const ulong Ecology = 0x3FUL << 12;

    /// <summary>The criteria of safety_rule_of_law.</summary>
    public const ulong Safety = 0x1FUL << 18;

    /// <summary>The criteria of civility_happiness.</summary>
    public const ulong Civility = 0x3FUL << 23;

    /// <summary>The three-zero veto's bit.</summary>
    public const int ThreeZeroBit = 29;

    /// <summary>The discipline veto's bit.</summary>
    public const int DisciplineBit = 30;

    /// <summary>The category of each criterion id prefix, as FiveStar names it.</summary>
    /// <param name="index">The bit.</param>
    /// <returns>The category id, or null for a veto.</returns>
    public static string? CategoryOf(int index) => index >= CriterionCount ? null : Ids[index][0] switch
    {
        'B' => "branch_strong",
        'I' => "industry_prosperity",
        'E' => "ecological_livable",
        'S' => "safety_rule_of_law",
        _ => "civility_happiness",
    };

    /// <summary>The stars a village earns from its criterion and veto bits, without a branch.</summary>
    /// <param name="mask">The bits.</param>
    /// <returns>0–5.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Stars(ulong mask) => BitOperations.PopCount(Awarded(mask));

    /// <summary>The stars awarded as bits: 0 branch_strong, 1 industry, 2 ecology, 3 safety, 4 civility (document order).</summary>
    /// <param name="mask">The criterion and veto bits.</param>
    /// <returns>The awarded bits.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Awarded(ulong mask)
    {
        var industry = All(mask, Industry);
        var ecology = All(mask, Ecology);
        var safety = All(mask, Safety) & ~(mask >> ThreeZeroBit) & 1;
        var civility = All(mask, Civility);
        var branch = All(mask, Branch) & industry & ecology & safety & civility;
        var awarded = branch | (industry << 1) | (ecology << 2) | (safety << 3) | (civility << 4);
        var keep = ((mask >> DisciplineBit) & 1) - 1; // all ones unless the rating is voided
        return awarded & keep;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong All(ulong mask, ulong criteria) => (mask & criteria) == criteria ? 1UL : 0UL;
}
