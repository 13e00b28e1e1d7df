namespace FiveStar.Criteria;

/// <summary>How often a scheme rates its villages.</summary>
public enum PeriodKind
{
    /// <summary>Once a year (the default).</summary>
    Annual,

    /// <summary>Twice a year (by 30 June and 31 December).</summary>
    HalfYearly,

    /// <summary>Four times a year.</summary>
    Quarterly,

    /// <summary>Every two years.</summary>
    Biennial,
}
