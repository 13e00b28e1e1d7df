namespace FiveStar.Rating;

/// <summary>What <see cref="AwardDecider"/> decided for one village.</summary>
/// <param name="Awarded">The awarded categories, bit <c>i</c> for category <c>i</c>.</param>
/// <param name="Stars">How many stars.</param>
/// <param name="Level">The level, after any cap.</param>
/// <param name="TotalPoints">The points of the categories that count points.</param>
internal readonly record struct AwardDecision(ulong Awarded, int Stars, int Level, double TotalPoints);
