namespace FiveStar.Villages.Reading;

/// <summary>What a column header stands for.</summary>
internal enum HeaderKind
{
    /// <summary>Nothing these criteria know.</summary>
    Unknown,

    /// <summary>A reported indicator.</summary>
    Indicator,

    /// <summary>The village's id.</summary>
    Id,

    /// <summary>The village's name.</summary>
    Name,

    /// <summary>More than one indicator has that name.</summary>
    Ambiguous,

    /// <summary>An indicator, but with a scaled unit in brackets (万元 for 元) that the values would be misread in.</summary>
    ScaledUnit,
}
