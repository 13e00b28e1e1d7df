using System.Globalization;
using System.Text;
using FiveStar.Rating;

namespace FiveStar.Criteria;

/// <summary>One problem found while loading criteria, with where it is and what is expected.</summary>
public sealed class CriteriaDiagnostic
{
    /// <summary>Initializes a new instance of the <see cref="CriteriaDiagnostic"/> class.</summary>
    /// <param name="file">The file (or source name) the problem is in.</param>
    /// <param name="jsonPath">The JSON path of the offending member.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="column">The 1-based column, when known.</param>
    /// <param name="criterionId">The criterion (or category, veto, parameter) id concerned, when there is one.</param>
    /// <param name="message">What is wrong and what is expected.</param>
    /// <param name="expression">The expression concerned, when the problem is in one.</param>
    internal CriteriaDiagnostic(string file, string jsonPath, int? line, int? column, string? criterionId, string message, string? expression = null)
    {
        File = file;
        JsonPath = jsonPath;
        Line = line;
        Column = column;
        CriterionId = criterionId;
        Message = message;
        Expression = expression;
    }

    /// <summary>Gets the file (or source name) the problem is in.</summary>
    public string File { get; }

    /// <summary>Gets the JSON path of the offending member, such as <c>$.categories[1].rules[0].expression</c>.</summary>
    public string JsonPath { get; }

    /// <summary>Gets the 1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>Gets the criterion (or category, veto, parameter) id concerned, when there is one.</summary>
    public string? CriterionId { get; }

    /// <summary>Gets what is wrong and what is expected.</summary>
    public string Message { get; }

    /// <summary>Gets the expression concerned, when the problem is in one.</summary>
    public string? Expression { get; }

    /// <summary>Gets how serious the problem is: an error stops the load; a warning is reported with the loaded document (<see cref="CriteriaDocument.Warnings"/>) unless <see cref="CriteriaLoaderOptions.WarningsAsErrors"/> is set.</summary>
    public ProblemSeverity Severity { get; internal init; } = ProblemSeverity.Error;

    /// <summary>Gets notes that follow the problem, such as where the base document defines what an override changed.</summary>
    public IReadOnlyList<string> Notes { get; internal init; } = [];

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

    /// <summary>Returns the same problem, at the same place, with another message.</summary>
    internal CriteriaDiagnostic WithMessage(string message) =>
        new(File, JsonPath, Line, Column, CriterionId, message, Expression) { Severity = Severity, Notes = Notes };
}
