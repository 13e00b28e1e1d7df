namespace FiveStar.CriteriaTests;

/// <summary>The outcome of a test file: each case's result, in file order.</summary>
public sealed class CriteriaTestReport
{
    /// <summary>Gets the test file that was run.</summary>
    public required string File { get; init; }

    /// <summary>Gets the criteria file the cases rated against.</summary>
    public required string Criteria { get; init; }

    /// <summary>Gets every case's result, in file order.</summary>
    public required IReadOnlyList<CriteriaTestCaseResult> Cases { get; init; }

    /// <summary>Gets the number of cases that passed.</summary>
    public int Passed => Cases.Count(c => c.Passed);

    /// <summary>Gets the number of cases that failed.</summary>
    public int Failed => Cases.Count - Passed;

    /// <summary>Gets a value indicating whether every case passed.</summary>
    public bool AllPassed => Failed == 0;
}
