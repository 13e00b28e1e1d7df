namespace FiveStar.Cli.Analysis;

/// <summary>One criterion a village does not meet, and by how much when that can be measured.</summary>
/// <param name="CriterionId">The criterion id.</param>
/// <param name="Detail">What is lacking, for people.</param>
/// <param name="Relative">How far off it is as a share of the target (0.1 = 10% short), when measurable.</param>
internal sealed record Shortfall(string CriterionId, string Detail, double? Relative);
