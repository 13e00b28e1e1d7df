namespace FiveStar.Rating;

/// <summary>The kind of problem found in one village's data.</summary>
public enum DataProblemKind
{
    /// <summary>A value could not be read as the indicator's type (text in a number column, an unknown enumeration value).</summary>
    InvalidValue,

    /// <summary>A value lies outside the indicator's valid range.</summary>
    OutOfRange,

    /// <summary>A required indicator has no value.</summary>
    MissingRequired,

    /// <summary>Another village in the same input already used this id.</summary>
    DuplicateId,

    /// <summary>The input has a column that no indicator declares (a warning).</summary>
    UnknownColumn,

    /// <summary>The row itself is malformed: wrong number of fields, invalid encoding, unreadable JSON.</summary>
    MalformedRow,

    /// <summary>Evaluating a criterion or derived indicator failed for this village.</summary>
    EvaluationError,
}
