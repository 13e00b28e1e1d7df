using FiveStar.Indicators;

namespace FiveStar.Villages.Generation;

/// <summary>
/// How one reported indicator's value is drawn: a monotone map from "goodness" u in [0, 1) to a value, built from the
/// thresholds the criteria compare it with, its valid range and its enumeration values. Every threshold is a piece of
/// its own, so values fall exactly on it (testing <c>&gt;=</c> against <c>&gt;</c>) as well as on both sides of it.
/// </summary>
internal sealed class ValueLine
{
    private readonly ValuePiece[] _pieces;
    private readonly double[] _ends;
    private readonly bool _whole;
    private readonly int _decimals;

    /// <summary>Initializes a new instance of the <see cref="ValueLine"/> class.</summary>
    /// <param name="pieces">The pieces, worst first.</param>
    /// <param name="whole">Whether values are whole numbers (drawn from integer intervals).</param>
    /// <param name="decimals">The decimals a real value is rounded to.</param>
    public ValueLine(IReadOnlyList<ValuePiece> pieces, bool whole, int decimals = 1)
    {
        if (pieces.Count == 0)
        {
            throw new ArgumentException("A value line needs at least one piece.", nameof(pieces));
        }

        _pieces = [.. pieces];
        _whole = whole;
        _decimals = decimals;
        _ends = new double[_pieces.Length];
        var total = _pieces.Sum(p => p.Weight);
        var sum = 0.0;
        for (var i = 0; i < _pieces.Length; i++)
        {
            sum += _pieces[i].Weight / total;
            _ends[i] = sum;
        }

        _ends[^1] = 1;
    }

    /// <summary>Gets the pieces, worst first.</summary>
    public IReadOnlyList<ValuePiece> Pieces => _pieces;

    /// <summary>Returns the value at goodness <paramref name="u"/>; higher u never gives a worse value.</summary>
    public double ValueAt(double u)
    {
        var i = Array.BinarySearch(_ends, u);
        i = i < 0 ? ~i : i + 1;
        i = Math.Min(i, _pieces.Length - 1);
        var piece = _pieces[i];
        if (piece.IsPoint)
        {
            return piece.Low;
        }

        var start = i == 0 ? 0 : _ends[i - 1];
        var position = (u - start) / (_ends[i] - start);
        if (_whole)
        {
            // Integer intervals hold both ends; the piece is walked in its own direction (Low may be above High).
            var count = Math.Abs(piece.High - piece.Low) + 1;
            var step = Math.Min(Math.Floor(position * count), count - 1);
            return piece.Low <= piece.High ? piece.Low + step : piece.Low - step;
        }

        return Math.Round(piece.Low + (position * (piece.High - piece.Low)), _decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>Builds the line of a true/false indicator: false then true, or the other way when false is better.</summary>
    public static ValueLine Boolean(bool trueIsBetter) =>
        new(trueIsBetter ? [new(0, 0, 1), new(1, 1, 1)] : [new(1, 1, 1), new(0, 0, 1)], whole: true);

    /// <summary>Builds the line of an enumeration or text indicator from its codes, worst first.</summary>
    public static ValueLine Codes(IEnumerable<int> codesWorstFirst) =>
        new(codesWorstFirst.Select(c => new ValuePiece(c, c, 1)).ToArray(), whole: true);

    /// <summary>
    /// Builds the line of a number indicator over [<paramref name="low"/>, <paramref name="high"/>] cut at the
    /// thresholds; <paramref name="higherIsBetter"/> orders the pieces.
    /// </summary>
    public static ValueLine Numbers(IndicatorType type, double low, double high, IReadOnlyCollection<double> thresholds, IReadOnlySet<double> equalities, bool higherIsBetter)
    {
        var whole = type is IndicatorType.WholeNumber;
        if (whole)
        {
            low = Math.Ceiling(low);
            high = Math.Floor(high);
        }

        var cuts = thresholds.Where(t => t >= low && t <= high && (!whole || t == Math.Floor(t))).Distinct().Order().ToList();
        var pieces = new List<ValuePiece>();
        var from = low;
        var fromIsCut = false;
        foreach (var cut in cuts)
        {
            AddInterval(pieces, from, cut, fromIsCut, true, whole);
            pieces.Add(new ValuePiece(cut, cut, equalities.Contains(cut) ? 1.5 : 0.5));
            from = cut;
            fromIsCut = true;
        }

        AddInterval(pieces, from, high, fromIsCut, false, whole);
        if (pieces.Count == 0)
        {
            pieces.Add(new ValuePiece(low, low, 1));
        }

        if (!higherIsBetter)
        {
            pieces.Reverse();
            for (var i = 0; i < pieces.Count; i++)
            {
                pieces[i] = pieces[i] with { Low = pieces[i].High, High = pieces[i].Low };
            }
        }

        return new ValueLine(pieces, whole, type == IndicatorType.Money ? 0 : 1);
    }

    private static void AddInterval(List<ValuePiece> pieces, double from, double to, bool openAtFrom, bool openAtTo, bool whole)
    {
        if (whole)
        {
            var first = openAtFrom ? from + 1 : from;
            var last = openAtTo ? to - 1 : to;
            if (first <= last)
            {
                pieces.Add(new ValuePiece(first, last, 1));
            }

            return;
        }

        if (to > from)
        {
            pieces.Add(new ValuePiece(from, to, 1));
        }
    }
}
