using FiveStar.Rating;

namespace FiveStar.CriteriaTests;

/// <summary>The outcome of one test case: passed when it has no failures.</summary>
public sealed class CriteriaTestCaseResult
{
    /// <summary>Gets the case's name, as written in the test file.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the expectations the rating did not meet; empty when the case passed.</summary>
    public required IReadOnlyList<CriteriaTestFailure> Failures { get; init; }

    /// <summary>Gets the village's rating, when the case could be rated.</summary>
    public VillageRating? Rating { get; init; }

    /// <summary>Gets a value indicating whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;
}
