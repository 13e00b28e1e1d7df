using System.Globalization;

namespace FiveStar.Cli.Output;

/// <summary>
/// Makes text from village files safe to open in a spreadsheet (CSV injection, as OWASP describes it): a cell that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is a formula to Excel and LibreOffice,
/// so it gets a leading apostrophe, which they show as text. A cell that is a plain number (<c>-12.5</c>) stays a number.
/// </summary>
internal static class SpreadsheetText
{
    /// <summary>Returns the cell's text, with an apostrophe in front when a spreadsheet would run it as a formula.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The text to write.</returns>
    public static string Cell(string text)
    {
        if (text.Length == 0 || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return text;
        }

        // -5 and +3.5 are numbers, not formulas; only a number with nothing else in the cell is left as it is.
        var isNumber = text[0] is '-' or '+'
            && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
        return isNumber ? text : "'" + text;
    }
}
