namespace FiveStar.Villages.Reading;

/// <summary>What a cell's number format shows a number as.</summary>
internal enum CellStyleKind
{
    /// <summary>A plain number.</summary>
    Plain,

    /// <summary>A date or time: the number is a day count, which no indicator holds.</summary>
    Date,

    /// <summary>A percentage: the number 0.764 shows as 76.4%.</summary>
    Percent,
}
