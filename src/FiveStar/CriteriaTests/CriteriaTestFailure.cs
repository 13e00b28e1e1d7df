namespace FiveStar.CriteriaTests;

/// <summary>One expectation of a test case that the rating did not meet.</summary>
/// <param name="What">What was checked: <c>stars</c>, <c>level</c>, a category or criterion id, <c>vetoes</c>, <c>problems</c>, or <c>case</c> when the case could not run.</param>
/// <param name="Expected">What the test file expects, as written.</param>
/// <param name="Actual">What the rating gave.</param>
/// <param name="Message">The failure in the runner's language, with what was expected and what came out.</param>
public sealed record CriteriaTestFailure(string What, string Expected, string Actual, string Message);
