namespace FiveStar.CriteriaTests;

/// <summary>One expectation of a test case that the rating did not meet.</summary>
public sealed class CriteriaTestFailure : IEquatable<CriteriaTestFailure>
{
    /// <summary>Initializes a new instance of the <see cref="CriteriaTestFailure"/> class.</summary>
    /// <param name="what">What was checked: <c>stars</c>, <c>level</c>, a category or criterion id, <c>vetoes</c>, <c>problems</c>, or <c>case</c> when the case could not run.</param>
    /// <param name="expected">What the test file expects, as written.</param>
    /// <param name="actual">What the rating gave.</param>
    /// <param name="message">The failure in the runner's language, with what was expected and what came out.</param>
    internal CriteriaTestFailure(string what, string expected, string actual, string message)
    {
        What = what;
        Expected = expected;
        Actual = actual;
        Message = message;
    }

    /// <summary>Gets what was checked: <c>stars</c>, <c>level</c>, a category or criterion id, <c>vetoes</c>, <c>problems</c>, or <c>case</c> when the case could not run.</summary>
    public string What { get; }

    /// <summary>Gets what the test file expects, as written.</summary>
    public string Expected { get; }

    /// <summary>Gets what the rating gave.</summary>
    public string Actual { get; }

    /// <summary>Gets the failure in the runner's language, with what was expected and what came out.</summary>
    public string Message { get; }

    /// <summary>Compares two CriteriaTestFailure values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CriteriaTestFailure? left, CriteriaTestFailure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two CriteriaTestFailure values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CriteriaTestFailure? left, CriteriaTestFailure? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(CriteriaTestFailure? other) => other is not null && EqualityComparer<string>.Default.Equals(What, other.What) && EqualityComparer<string>.Default.Equals(Expected, other.Expected) && EqualityComparer<string>.Default.Equals(Actual, other.Actual) && EqualityComparer<string>.Default.Equals(Message, other.Message);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CriteriaTestFailure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(What, Expected, Actual, Message);
}
