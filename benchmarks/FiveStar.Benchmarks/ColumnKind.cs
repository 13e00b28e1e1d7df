namespace FiveStar.Benchmarks;

/// <summary>How an indicator is typed on the <see cref="Village"/> POCO.</summary>
public enum ColumnKind
{
    /// <summary>A double.</summary>
    Number,

    /// <summary>An int (an integer indicator).</summary>
    WholeNumber,

    /// <summary>A bool (1/0 in a batch and a CSV file).</summary>
    Boolean,

    /// <summary>A string holding an enumeration value id.</summary>
    Enumeration,
}
