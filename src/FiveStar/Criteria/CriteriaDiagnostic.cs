using System.Globalization;
using System.Text;

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
    /// <summary>Formats the problem as <c>file:line:col: id: message</c>, the form compilers and editors understand.</summary>
    /// <returns>The formatted line.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(File);
        builder.Append(':').Append((Line ?? 1).ToString(CultureInfo.InvariantCulture));
        builder.Append(':').Append((Column ?? 1).ToString(CultureInfo.InvariantCulture));
        builder.Append(": ").Append(string.IsNullOrEmpty(CriterionId) ? "-" : CriterionId);
        builder.Append(": ").Append(Message);
        if (!string.IsNullOrEmpty(Expression))
        {
            builder.Append(" [expression: ").Append(Expression).Append(']');
        }

        return builder.ToString();
    }
}
