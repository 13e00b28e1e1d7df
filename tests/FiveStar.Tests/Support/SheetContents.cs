namespace FiveStar.Tests.Support;

/// <summary>One sheet as <see cref="WorkbookContents"/> read it: cell values by reference (text as string, numbers as double).</summary>
internal sealed class SheetContents(Dictionary<string, object> cells, int rows, int frozenRows, Dictionary<int, double> widths)
{
    public int Rows => rows;

    public int FrozenRows => frozenRows;

    public IReadOnlyDictionary<int, double> Widths => widths;

    public object? this[string reference] => cells.GetValueOrDefault(reference);

    /// <summary>The values of one row from column A on, null for empty cells, up to the last filled column.</summary>
    public List<object?> Row(int row)
    {
        var values = new List<object?>();
        for (var column = 1; column <= 64; column++)
        {
            values.Add(this[ColumnLetters(column) + row]);
        }

        while (values.Count > 0 && values[^1] is null)
        {
            values.RemoveAt(values.Count - 1);
        }

        return values;
    }

    /// <summary>The row whose column A holds the text, or -1.</summary>
    public int FindRow(string firstCell)
    {
        for (var row = 1; row <= rows; row++)
        {
            if (Equals(this["A" + row], firstCell))
            {
                return row;
            }
        }

        return -1;
    }

    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            letters = (char)('A' + ((column - 1) % 26)) + letters;
        }

        return letters;
    }
}
