namespace FiveStar.Cli.Analysis;

/// <summary>What a village lacks for one star it does not hold.</summary>
/// <param name="CategoryId">The category.</param>
/// <param name="CategoryName">Its name in the output language.</param>
/// <param name="CriteriaToFix">How many criteria must be fixed at least.</param>
/// <param name="Shortfalls">The criteria to fix, cheapest first.</param>
/// <param name="Blocker">Why fixing criteria is not enough (a prerequisite or veto), if so.</param>
internal sealed record StarGap(string CategoryId, string CategoryName, int CriteriaToFix, IReadOnlyList<Shortfall> Shortfalls, string? Blocker);
