using System.Globalization;
using System.Text;

namespace FiveStar.Villages.Reading;

/// <summary>Spreadsheet cell references: column letters and <c>Sheet!F6</c> as spreadsheets show them.</summary>
internal static class SheetCell
{
    /// <summary>Turns a 1-based column number into spreadsheet letters (1 is A, 27 is AA).</summary>
    public static string ColumnLetters(int column)
    {
        var letters = new StringBuilder();
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            letters.Insert(0, (char)('A' + remainder));
            column = (column - 1) / 26;
        }

        return letters.ToString();
    }

    /// <summary>Formats a cell reference the way spreadsheets show it, quoting a sheet name that needs it.</summary>
    public static string Reference(string sheet, long row, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"{Quote(sheet)}!{ColumnLetters(column)}{row}");

    /// <summary>Formats a whole row's reference (<c>Sheet!6:6</c>).</summary>
    public static string Row(string sheet, long row) => string.Create(CultureInfo.InvariantCulture, $"{Quote(sheet)}!{row}:{row}");

    private static string Quote(string sheet) =>
        sheet.Any(c => !char.IsLetterOrDigit(c) && c != '_') ? $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'" : sheet;

    /// <summary>Reads the column number of a reference such as <c>F6</c> (6), or 0 when it has no letters.</summary>
    public static int ColumnOf(ReadOnlySpan<char> reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            var upper = (char)(c & ~0x20);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return column;
    }
}
