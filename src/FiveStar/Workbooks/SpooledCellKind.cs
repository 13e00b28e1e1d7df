namespace FiveStar.Workbooks;

/// <summary>What a spooled cell holds and how it is shown.</summary>
internal enum SpooledCellKind : byte
{
    /// <summary>An empty cell.</summary>
    Empty = 0,

    /// <summary>Plain text.</summary>
    Text = 1,

    /// <summary>A number.</summary>
    Number = 2,

    /// <summary>Text shown wrapped (long reasons and details).</summary>
    WrappedText = 3,

    /// <summary>Text flagging a problem (data errors).</summary>
    ProblemText = 4,

    /// <summary>A star mark.</summary>
    Star = 5,
}
