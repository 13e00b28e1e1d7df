using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>A problem in one village's data, with where it was found.</summary>
public sealed class DataProblem : IEquatable<DataProblem>
{
    /// <summary>Initializes a new instance of the <see cref="DataProblem"/> class for a problem with no particular place.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="severity">Whether the village is still rated normally.</param>
    /// <param name="message">A sentence for people: what was wrong and what is expected.</param>
    public DataProblem(DataProblemKind kind, ProblemSeverity severity, string message)
        : this(kind, severity, message, null, null, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DataProblem"/> class for a problem with an indicator.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="severity">Whether the village is still rated normally.</param>
    /// <param name="message">A sentence for people: what was wrong and what is expected.</param>
    /// <param name="indicator">The indicator or column concerned.</param>
    public DataProblem(DataProblemKind kind, ProblemSeverity severity, string message, string? indicator)
        : this(kind, severity, message, indicator, null, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DataProblem"/> class for a problem at a place of the input.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="severity">Whether the village is still rated normally.</param>
    /// <param name="message">A sentence for people: what was wrong and what is expected.</param>
    /// <param name="indicator">The indicator or column concerned, when there is one.</param>
    /// <param name="line">The 1-based line of the input, when known.</param>
    /// <param name="column">The 1-based column (field number in CSV), when known.</param>
    [JsonConstructor]
    public DataProblem(DataProblemKind kind, ProblemSeverity severity, string message, string? indicator, long? line, int? column)
    {
        Kind = kind;
        Severity = severity;
        Message = message;
        Indicator = indicator;
        Line = line;
        Column = column;
    }

    /// <summary>Gets what kind of problem it is.</summary>
    public DataProblemKind Kind { get; }

    /// <summary>Gets whether the village is still rated normally.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>Gets a sentence for people: what was wrong and what is expected.</summary>
    public string Message { get; }

    /// <summary>Gets the indicator or column concerned, when there is one.</summary>
    public string? Indicator { get; }

    /// <summary>Gets the 1-based line of the input, when known.</summary>
    public long? Line { get; }

    /// <summary>Gets the 1-based column (field number in CSV), when known.</summary>
    public int? Column { get; }

    /// <summary>
    /// Gets the spreadsheet cell, as spreadsheets show it (<c>2022年村级数据!F6</c>), when the data came from a workbook;
    /// <see cref="Line"/> and <see cref="Column"/> then hold the cell's row and column number.
    /// </summary>
    public string? Cell { get; init; }

    /// <summary>Compares two problems member by member.</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(DataProblem? left, DataProblem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two problems member by member.</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(DataProblem? left, DataProblem? right) => !(left == right);

    /// <summary>Returns the same problem placed at a spreadsheet cell.</summary>
    /// <param name="cell">The cell, such as <c>2022年村级数据!F6</c>.</param>
    /// <returns>A copy with <see cref="Cell"/> set.</returns>
    public DataProblem AtCell(string? cell) => new(Kind, Severity, Message, Indicator, Line, Column) { Cell = cell };

    /// <inheritdoc />
    public bool Equals(DataProblem? other) => other is not null
        && Kind == other.Kind && Severity == other.Severity && Message == other.Message && Indicator == other.Indicator
        && Line == other.Line && Column == other.Column && Cell == other.Cell;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DataProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Severity, Message, Indicator, Line, Column, Cell);
}
