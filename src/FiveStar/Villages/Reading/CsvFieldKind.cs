namespace FiveStar.Villages.Reading;

/// <summary>What a CSV column holds, for the reader's per-field fast path.</summary>
internal enum CsvFieldKind
{
    /// <summary>No indicator: the column is ignored (or observed, when types are inferred).</summary>
    None,

    /// <summary>A real number.</summary>
    Number,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>One of an enumeration's values.</summary>
    Enumeration,

    /// <summary>Text, read only by the general path.</summary>
    Text,
}
