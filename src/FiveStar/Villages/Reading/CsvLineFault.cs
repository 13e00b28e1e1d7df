namespace FiveStar.Villages.Reading;

/// <summary>A line of a CSV file that <see cref="CsvLineGuard"/> had to fix before Sep read it.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Kind">What was wrong with it.</param>
internal readonly record struct CsvLineFault(long Line, CsvLineFaultKind Kind);
