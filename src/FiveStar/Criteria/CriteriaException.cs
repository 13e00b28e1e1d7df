using FiveStar.Resources;
using FiveStar.Text;

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

    // The heading has no loader at hand: it speaks the current UI culture, which the tool sets from --lang.
    private static string FormatMessage(IReadOnlyList<CriteriaDiagnostic> diagnostics) => diagnostics.Count switch
    {
        0 => Localizer.Format(Language.Current, nameof(Messages.Load_Failed)),
        1 => Localizer.Format(Language.Current, nameof(Messages.Load_FailedOne)) + Environment.NewLine + diagnostics[0],
        _ => Localizer.Format(Language.Current, nameof(Messages.Load_FailedMany), diagnostics.Count) + Environment.NewLine
             + string.Join(Environment.NewLine, diagnostics),
    };
}
