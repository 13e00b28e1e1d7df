using FiveStar.Rating;

namespace FiveStar.Criteria;

/// <summary>
/// Every veto effect, one row each: reading (<c>Keywords.VetoEffects</c>), checking (<c>VetoBuilder</c>), deciding
/// (<c>AwardDecider</c>) and gap analysis read this table, so a new effect is a row here (and its member of
/// <see cref="VetoEffect"/> and its wording in the resources).
/// </summary>
internal static class VetoEffectTable
{
    private static readonly VetoEffectRule[] Rows =
    [
        new(VetoEffect.RevokeStar, "revoke_star", VetoScope.Category, RevokesStars: true, CapsLevel: false),
        new(VetoEffect.VoidRating, "void_rating", VetoScope.Rating, RevokesStars: true, CapsLevel: false),
        new(VetoEffect.CapLevel, "cap_level", VetoScope.Rating, RevokesStars: false, CapsLevel: true),
    ];

    /// <summary>Gets every effect, the default of each scope first among that scope's.</summary>
    public static IReadOnlyList<VetoEffectRule> All => Rows;

    /// <summary>Gets the row of an effect; allocation-free, since the decider asks it per triggered veto.</summary>
    public static VetoEffectRule Of(VetoEffect effect)
    {
        for (var i = 0; i < Rows.Length; i++)
        {
            if (Rows[i].Effect == effect)
            {
                return Rows[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(effect), effect, "The effect has no row in VetoEffectTable.");
    }

    /// <summary>Gets the effect a veto of a scope has when it writes none.</summary>
    public static VetoEffectRule DefaultFor(VetoScope scope) => All.First(r => r.Scope == scope);
}
