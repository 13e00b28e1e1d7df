namespace FiveStar.Rating;

/// <summary>A problem in one village's data, with where it was found.</summary>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Severity">Whether the village is still rated normally.</param>
/// <param name="Message">A sentence for people: what was wrong and what is expected.</param>
/// <param name="Indicator">The indicator or column concerned, when there is one.</param>
/// <param name="Line">The 1-based line of the input, when known.</param>
/// <param name="Column">The 1-based column (field number in CSV), when known.</param>
public sealed record DataProblem(
    DataProblemKind Kind,
    ProblemSeverity Severity,
    string Message,
    string? Indicator = null,
    long? Line = null,
    int? Column = null)
{
    /// <summary>
    /// Gets the spreadsheet cell, as spreadsheets show it (<c>2022年村级数据!F6</c>), when the data came from a workbook;
    /// <see cref="Line"/> and <see cref="Column"/> then hold the cell's row and column number.
    /// </summary>
    public string? Cell { get; init; }
}
