using System.Globalization;
using System.Text;
using FiveStar.Rating;

namespace FiveStar.Criteria;

/// <summary>One problem found while loading criteria, with where it is and what is expected.</summary>
/// <param name="File">The file (or source name) the problem is in.</param>
/// <param name="JsonPath">The JSON path of the offending member, such as <c>$.categories[1].rules[0].expression</c>.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Column">The 1-based column, when known.</param>
/// <param name="CriterionId">The criterion (or category, veto, parameter) id concerned, when there is one.</param>
/// <param name="Message">What is wrong and what is expected.</param>
/// <param name="Expression">The expression concerned, when the problem is in one.</param>
public sealed record CriteriaDiagnostic(
    string File,
    string JsonPath,
    int? Line,
    int? Column,
    string? CriterionId,
    string Message,
    string? Expression = null)
{
    /// <summary>Gets how serious the problem is: an error stops the load; a warning is reported with the loaded document (<see cref="CriteriaDocument.Warnings"/>) unless <see cref="CriteriaLoaderOptions.WarningsAsErrors"/> is set.</summary>
    public ProblemSeverity Severity { get; init; } = ProblemSeverity.Error;

    /// <summary>Gets notes that follow the problem, such as where the base document defines what an override changed.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// Formats the problem as <c>file:line:col: id: message</c>, the form compilers and editors understand (a warning as
    /// <c>file:line:col: id: warning: message</c>), each note on a line of its own after it as <c>    note: ...</c>;
    /// <c>warning</c> and <c>note</c> are kept as the keywords editors' problem matchers recognise.
    /// </summary>
    /// <returns>The formatted line.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(File);
        builder.Append(':').Append((Line ?? 1).ToString(CultureInfo.InvariantCulture));
        builder.Append(':').Append((Column ?? 1).ToString(CultureInfo.InvariantCulture));
        builder.Append(": ").Append(string.IsNullOrEmpty(CriterionId) ? "-" : CriterionId);
        builder.Append(": ");
        if (Severity == ProblemSeverity.Warning)
        {
            builder.Append("warning: ");
        }

        builder.Append(Message);
        if (!string.IsNullOrEmpty(Expression))
        {
            builder.Append(" [expression: ").Append(Expression).Append(']');
        }

        foreach (var note in Notes)
        {
            builder.Append(Environment.NewLine).Append("    note: ").Append(note);
        }

        return builder.ToString();
    }
}
