namespace FiveStar.Criteria;

/// <summary>Thrown when criteria cannot be loaded or compiled; <see cref="Diagnostics"/> lists every problem found, not only the first.</summary>
public sealed class CriteriaException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CriteriaException"/> class with the problems found.</summary>
    /// <param name="diagnostics">Every problem found.</param>
    public CriteriaException(IReadOnlyList<CriteriaDiagnostic> diagnostics)
        : base(FormatMessage(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Initializes a new instance of the <see cref="CriteriaException"/> class.</summary>
    public CriteriaException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CriteriaException"/> class with one message.</summary>
    /// <param name="message">What is wrong.</param>
    public CriteriaException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    /// <summary>Initializes a new instance of the <see cref="CriteriaException"/> class with one message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CriteriaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<CriteriaDiagnostic> Diagnostics { get; }

    /// <summary>
    /// Gets the document the loader built in spite of the problems, when each one's cause was left out of it (an unknown
    /// member, a value of the wrong type, an override that matches nothing): compiling it reports the expression problems
    /// in the same run.
    /// </summary>
    internal CriteriaDocument? Partial { get; init; }

    /// <summary>Gets a value indicating whether the compiler failed in a way no criteria file should cause (a bug), not with a located problem.</summary>
    internal bool Unexpected { get; init; }

    private static string FormatMessage(IReadOnlyList<CriteriaDiagnostic> diagnostics) => diagnostics.Count switch
    {
        0 => "The criteria could not be loaded.",
        1 => "The criteria could not be loaded:" + Environment.NewLine + diagnostics[0],
        _ => $"The criteria could not be loaded ({diagnostics.Count} problems):" + Environment.NewLine
             + string.Join(Environment.NewLine, diagnostics),
    };
}
