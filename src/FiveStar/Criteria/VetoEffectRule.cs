using FiveStar.Rating;

namespace FiveStar.Criteria;

/// <summary>What one veto effect is: its word in criteria files, the scope it belongs to, and what it does to a village.</summary>
/// <param name="Effect">The effect.</param>
/// <param name="Word">Its word in criteria files (<c>effect</c>).</param>
/// <param name="Scope">The scope a veto with this effect has; the first effect of a scope is that scope's default.</param>
/// <param name="RevokesStars">
/// Whether a triggered veto takes stars away: a category veto its category's star, a rating veto every star and the
/// level (the rating is void).
/// </param>
/// <param name="CapsLevel">Whether a triggered veto caps the level at the veto's <c>capLevel</c>, which it must then give.</param>
internal sealed record VetoEffectRule(VetoEffect Effect, string Word, VetoScope Scope, bool RevokesStars, bool CapsLevel);
