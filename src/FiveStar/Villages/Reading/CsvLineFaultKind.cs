namespace FiveStar.Villages.Reading;

/// <summary>What <see cref="CsvLineGuard"/> fixed in a line.</summary>
internal enum CsvLineFaultKind
{
    /// <summary>A quote opened on the line was not closed within the lines a quoted field may span: its quotes became apostrophes.</summary>
    UnclosedQuote,

    /// <summary>The line was longer than a row may be: it was cut.</summary>
    TooLong,
}
