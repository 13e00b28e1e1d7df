namespace FiveStar.Villages.Reading;

/// <summary>One cell of a worksheet row as stored: its column, what it holds, and its style.</summary>
/// <param name="Column">The 1-based column.</param>
/// <param name="Type">What the cell holds.</param>
/// <param name="Number">The number of a number or boolean cell.</param>
/// <param name="Text">The text of a text, error or date cell.</param>
/// <param name="Style">What the cell's number format shows a number as.</param>
internal readonly record struct XlsxCell(int Column, XlsxCellType Type, double Number, string? Text, CellStyleKind Style)
{
    /// <summary>Gets the cell's value as text, as a header or an id: numbers in invariant form.</summary>
    public string AsText() => Type == XlsxCellType.Number
        ? Number.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Type == XlsxCellType.Boolean ? (Number != 0 ? "TRUE" : "FALSE") : Text ?? string.Empty;
}
