using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FiveStar.Tests.Support;

/// <summary>
/// A workbook read back with another library than the one that wrote it (DocumentFormat.OpenXml): each sheet's cells
/// with their types, its frozen rows and its column widths.
/// </summary>
internal sealed class WorkbookContents
{
    private readonly Dictionary<string, SheetContents> _sheets;

    private WorkbookContents(List<string> names, Dictionary<string, SheetContents> sheets)
    {
        SheetNames = names;
        _sheets = sheets;
    }

    public IReadOnlyList<string> SheetNames { get; }

    public SheetContents this[string sheet] => _sheets[sheet];

    public static WorkbookContents Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var names = new List<string>();
        var sheets = new Dictionary<string, SheetContents>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var cells = new Dictionary<string, object>();
            var rows = 0;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                // Row and cell references are optional in the format: without them, rows and cells follow each other.
                rows = row.RowIndex?.Value is { } index ? (int)index : rows + 1;
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : column + 1;
                    object? value = cell.DataType?.Value switch
                    {
                        var t when t == CellValues.InlineString => cell.InlineString?.InnerText,
                        var t when t == CellValues.SharedString => shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)],
                        var t when t == CellValues.String => cell.CellValue?.Text,
                        var t when t == CellValues.Boolean => cell.CellValue?.Text == "1",
                        _ => cell.CellValue is { } number ? double.Parse(number.Text, CultureInfo.InvariantCulture) : null,
                    };
                    if (value is not null)
                    {
                        cells[SheetContents.ColumnLetters(column) + rows.ToString(CultureInfo.InvariantCulture)] = value;
                    }
                }
            }

            var pane = part.Worksheet.Descendants<Pane>().FirstOrDefault();
            var frozenRows = pane?.State?.Value == PaneStateValues.Frozen ? (int)(pane.VerticalSplit?.Value ?? 0) : 0;
            var widths = part.Worksheet.Descendants<Column>().ToDictionary(c => (int)c.Min!.Value, c => c.Width?.Value ?? 0);
            names.Add(sheet.Name!.Value!);
            sheets[sheet.Name!.Value!] = new SheetContents(cells, rows, frozenRows, widths);
        }

        return new WorkbookContents(names, sheets);
    }

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column;
    }
}
