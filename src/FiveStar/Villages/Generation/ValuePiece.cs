namespace FiveStar.Villages.Generation;

/// <summary>
/// One piece of a generated indicator's value line, from worse to better: a single value (a threshold, an enumeration
/// code, true or false) or an interval between two thresholds. A piece's weight is its share of the goodness axis.
/// </summary>
/// <param name="Low">The low end (the value itself for a single value).</param>
/// <param name="High">The high end (the value itself for a single value).</param>
/// <param name="Weight">The piece's share of the goodness axis, before normalising.</param>
internal readonly record struct ValuePiece(double Low, double High, double Weight)
{
    /// <summary>Gets a value indicating whether the piece is a single value.</summary>
    public bool IsPoint => Low == High;
}
