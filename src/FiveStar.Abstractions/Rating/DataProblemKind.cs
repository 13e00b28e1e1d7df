using System.Text.Json.Serialization;

namespace FiveStar.Rating;

/// <summary>The kind of problem found in one village's data.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataProblemKind>))]
public enum DataProblemKind
{
    /// <summary>A value could not be read as the indicator's type (text in a number column, an unknown enumeration value).</summary>
    [JsonStringEnumMemberName("invalid_value")]
    InvalidValue,

    /// <summary>A value lies outside the indicator's valid range.</summary>
    [JsonStringEnumMemberName("out_of_range")]
    OutOfRange,

    /// <summary>A required indicator has no value.</summary>
    [JsonStringEnumMemberName("missing_required")]
    MissingRequired,

    /// <summary>Another village in the same input already used this id.</summary>
    [JsonStringEnumMemberName("duplicate_id")]
    DuplicateId,

    /// <summary>The input has a column that no indicator declares (a warning).</summary>
    [JsonStringEnumMemberName("unknown_column")]
    UnknownColumn,

    /// <summary>The row itself is malformed: wrong number of fields, invalid encoding, unreadable JSON.</summary>
    [JsonStringEnumMemberName("malformed_row")]
    MalformedRow,

    /// <summary>Evaluating a criterion or derived indicator failed for this village.</summary>
    [JsonStringEnumMemberName("evaluation_error")]
    EvaluationError,
}
