namespace FiveStar.Villages.Reading;

/// <summary>
/// Parses the plain decimals that machine-written village files hold (<c>218</c>, <c>-14.3</c>) to exactly the double
/// <see cref="double.Parse(string, IFormatProvider)"/> gives, in a fraction of a general parser's time. At most 15
/// digits, so the digits are an exact integer, and dividing it by an exact power of ten rounds once, correctly
/// (Clinger's fast path). Anything else (an exponent, a plus sign, spaces, a trailing point, more digits) is not taken,
/// and the reader's general path parses it and reports what is wrong.
/// </summary>
internal static class PlainDecimal
{
    private const int MaxDigits = 15;

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>Parses <c>[-]digits[.digits]</c> of at most 15 digits.</summary>
    /// <param name="text">The field.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the text was such a decimal.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var negative = !text.IsEmpty && text[0] == '-';
        long digits = 0;
        var count = 0;
        var decimals = -1;
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                digits = (digits * 10) + digit;
                count++;
                decimals += decimals >= 0 ? 1 : 0;
            }
            else if (text[i] == '.' && decimals < 0)
            {
                decimals = 0;
            }
            else
            {
                return false;
            }
        }

        if (count == 0 || count > MaxDigits || decimals == 0)
        {
            return false;
        }

        var number = decimals > 0 ? digits / PowersOfTen[decimals] : digits;
        value = negative ? -number : number;
        return true;
    }
}
