namespace FiveStar.Villages.Reading;

/// <summary>What a worksheet cell holds.</summary>
internal enum XlsxCellType
{
    /// <summary>A number (also the cached value of a formula).</summary>
    Number,

    /// <summary>Text: a shared or inline string, or a formula's text result.</summary>
    Text,

    /// <summary>TRUE or FALSE.</summary>
    Boolean,

    /// <summary>An error value such as <c>#DIV/0!</c>.</summary>
    Error,

    /// <summary>A date stored as ISO 8601 text (<c>t="d"</c>).</summary>
    Date,

    /// <summary>A formula the workbook was saved without a value for.</summary>
    NoCachedValue,

    /// <summary>A cell whose stored value cannot be read (a bad number or shared-string index).</summary>
    Damaged,
}
