namespace FiveStar.Villages.Reading;

/// <summary>The formats village data is read from.</summary>
public enum VillageFileFormat
{
    /// <summary>Comma-separated values with a header row of <c>id</c>, <c>name</c> and indicator ids (RFC 4180 quoting; UTF-8 with or without BOM).</summary>
    Csv,

    /// <summary>A JSON array of objects, one per village.</summary>
    Json,

    /// <summary>JSON Lines: one JSON object per line.</summary>
    JsonLines,

    /// <summary>An Excel workbook (.xlsx, also as WPS writes it): one sheet, a header row (title rows above it are skipped), one village per row.</summary>
    Xlsx,
}
