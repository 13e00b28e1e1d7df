using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Reads villages from one worksheet of an Excel workbook (.xlsx), streaming the sheet's XML row by row through the Open
/// XML SDK's package parts: only the shared strings and styles are held in memory. The header row is the first of the
/// sheet's first rows that names the village's id or name or indicators (title rows above it are skipped); each later
/// row with a value is a village, and each value goes through the same validation as every other format. Line and
/// column of a problem are the cell's row and column, and the batch names the cell (<c>Sheet!F6</c>).
/// </summary>
internal sealed class XlsxVillageSource : VillageSource
{
    private const int HeaderSearchRows = 50;

    private readonly XlsxWorkbook _workbook;
    private readonly XmlReader _reader;
    private readonly List<string> _columns = [];
    private readonly List<DataProblem> _warnings = [];
    private readonly Queue<(long Row, XlsxCell[] Cells)> _pending = new();
    private readonly List<XlsxCell> _cells = [];
    private readonly int[] _slots;

    // Per indicator slot, the 1-based column that gives it (0: none), where a missing required value is reported.
    private readonly int[] _slotColumns;
    private readonly int _idColumn;
    private readonly int _nameColumn;
    private long _row;
    private bool _finished;

    public XlsxVillageSource(Stream stream, VillageRowBuilder builder, string? sheet, string sourceName)
    {
        _workbook = XlsxWorkbook.Open(stream, sourceName);
        try
        {
            var chosen = Choose(sheet, sourceName);
            Sheet = chosen.Name;
            if (_workbook.Workbook.GetPartById(chosen.RelationshipId) is not WorksheetPart part)
            {
                throw new InvalidDataException(Localizer.Format(Language.Current, nameof(Messages.Xlsx_NotAWorksheet), sourceName, chosen.Name));
            }

            _reader = XlsxWorkbook.CreateReader(part.GetStream(FileMode.Open, FileAccess.Read));
            HeaderLine = FindHeader(builder, sourceName);
            _slots = new int[_columns.Count + 1];
            Array.Fill(_slots, -1);
            _idColumn = _nameColumn = 0;
            for (var column = 1; column <= _columns.Count; column++)
            {
                var header = _columns[column - 1];
                if (header.Length == 0)
                {
                    continue;
                }

                _slots[column] = builder.SlotOf(header);
                if (_idColumn == 0 && builder.IsId(header))
                {
                    _idColumn = column;
                }
                else if (_nameColumn == 0 && builder.IsName(header))
                {
                    _nameColumn = column;
                }
            }

            _slotColumns = VillageRowBuilder.ColumnsOfSlots(_slots, builder.Schema.Count, firstColumn: 1);
        }
        catch (Exception exception) when (exception is XmlException or IOException || (exception is InvalidDataException && !exception.Message.StartsWith(sourceName, StringComparison.Ordinal)))
        {
            _workbook.Dispose();
            throw new InvalidDataException(Localizer.Format(Language.Current, nameof(Messages.Xlsx_Damaged), sourceName, exception.Message), exception);
        }
        catch
        {
            _workbook.Dispose();
            throw;
        }
    }

    public override IReadOnlyList<string> Columns => _columns;

    public override string? Sheet { get; }

    public override long HeaderLine { get; }

    public override IReadOnlyList<DataProblem> Warnings => _warnings;

    public override int ReadNext(VillageBatch batch, VillageRowBuilder builder)
    {
        while (true)
        {
            long rowNumber;
            XlsxCell[]? cells;
            try
            {
                (rowNumber, cells) = NextRow();
            }
            catch (Exception exception) when (exception is XmlException or InvalidDataException or IOException)
            {
                // The sheet's XML or its compressed data is damaged: what was read stands; the rest is one village
                // with the problem, so the damage is not silently lost.
                _finished = true;
                _pending.Clear();
                var broken = builder.Begin(batch, null, null, _row + 1);
                batch.AddProblem(broken, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Xlsx_DamagedFromRow), _row + 1, exception.Message), null, _row + 1, null));
                return broken;
            }

            if (cells is null)
            {
                return -1;
            }

            var id = Find(cells, _idColumn);
            var name = Find(cells, _nameColumn);
            if (IsNote(cells) || (id is null && name is null && !cells.Any(c => c.Column < _slots.Length && (_slots[c.Column] >= 0 || (builder.Inferring && _columns[c.Column - 1].Length > 0)))))
            {
                // A note below the table (填表人, 审核人) or a value outside every column: no village.
                var text = cells[0].AsText();
                var shown = text.Length > 40 ? string.Concat(text.AsSpan(0, 40), "…") : text;
                _warnings.Add(new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Warning, Localizer.Format(Language.Current, nameof(Messages.Xlsx_NoteRow), rowNumber, shown), null, rowNumber, cells[0].Column)
                {
                    Cell = SheetCell.Reference(Sheet!, rowNumber, cells[0].Column),
                });
                continue;
            }

            var row = builder.Begin(batch, id, name, rowNumber, _idColumn > 0 ? _idColumn : null);
            foreach (var cell in cells)
            {
                if (cell.Column >= _slots.Length)
                {
                    continue;
                }

                var slot = _slots[cell.Column];
                if (slot >= 0)
                {
                    Store(batch, row, slot, cell, rowNumber);
                }
                else if (builder.Inferring && _columns[cell.Column - 1] is { Length: > 0 } header && cell.Column != _idColumn && cell.Column != _nameColumn)
                {
                    builder.Observe(header, cell.AsText(), cell.Type == XlsxCellType.Number);
                }
            }

            VillageRowBuilder.End(batch, row, rowNumber, _slotColumns);
            return row;
        }
    }

    public override void Dispose()
    {
        _reader.Dispose();
        _workbook.Dispose();
    }

    /// <summary>Makes the text of a number stored as text readable where it is unambiguous: full-width digits, thousands separators, a percent sign for a percentage.</summary>
    internal static string NumberText(string text, IndicatorType type)
    {
        var folded = text.Trim().Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (type == IndicatorType.Percent && folded.EndsWith('%'))
        {
            folded = folded[..^1].TrimEnd();
        }

        // 1,234,567.5: commas only as thousands separators, in groups of three.
        if (folded.Contains(',', StringComparison.Ordinal))
        {
            var integer = folded.Split('.')[0].TrimStart('-', '+');
            var groups = integer.Split(',');
            if (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsAsciiDigit)))
            {
                folded = folded.Replace(",", string.Empty, StringComparison.Ordinal);
            }
        }

        return folded;
    }

    /// <summary>
    /// Tells a note below the table (填表人：王某某, 审核人：李某某, 注：...) from a village: text only, and the first
    /// cell a short label followed by a colon, which no village id has.
    /// </summary>
    private static bool IsNote(XlsxCell[] cells)
    {
        if (cells.Any(c => c.Type != XlsxCellType.Text))
        {
            return false;
        }

        var first = cells[0].Text!.TrimStart();
        var colon = first.IndexOfAny(['：', ':']);
        return colon is > 0 and <= 8 && !first.AsSpan(0, colon).ContainsAnyInRange('0', '9');
    }

    private static string? Find(XlsxCell[] cells, int column)
    {
        if (column == 0)
        {
            return null;
        }

        foreach (var cell in cells)
        {
            if (cell.Column == column)
            {
                return cell.Type is XlsxCellType.Number or XlsxCellType.Text ? cell.AsText() : null;
            }
        }

        return null;
    }

    private static void Store(VillageBatch batch, int row, int slot, XlsxCell cell, long rowNumber)
    {
        var indicator = batch.Schema.Indicators[slot];
        var type = batch.Schema.Types[slot];
        switch (cell.Type)
        {
            case XlsxCellType.Number when cell.Style == CellStyleKind.Date && type != IndicatorType.Text:
                var date = DateTime.FromOADate(Math.Clamp(cell.Number, 0, 2_958_465));
                Problem(batch, row, indicator, Localizer.Format(Language.Current, nameof(Messages.Xlsx_DateCell), indicator.Id, date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Expected(indicator)), rowNumber, cell.Column);
                return;
            case XlsxCellType.Number:
                // 76.4% is stored as 0.764; a percentage indicator holds 76.4.
                var number = cell.Style == CellStyleKind.Percent && type == IndicatorType.Percent ? Math.Round(cell.Number * 100, 10) : cell.Number;
                ValueParser.StoreNumber(batch, row, slot, number, rowNumber, cell.Column);
                return;
            case XlsxCellType.Text:
                var text = type is IndicatorType.Boolean or IndicatorType.Enumeration or IndicatorType.Text ? cell.Text! : NumberText(cell.Text!, type);
                ValueParser.Store(batch, row, slot, text, rowNumber, cell.Column);
                return;
            case XlsxCellType.Boolean:
                ValueParser.Store(batch, row, slot, cell.Number != 0 ? "TRUE" : "FALSE", rowNumber, cell.Column);
                return;
            case XlsxCellType.Date when type == IndicatorType.Text:
                ValueParser.Store(batch, row, slot, cell.Text!, rowNumber, cell.Column);
                return;
            case XlsxCellType.Date:
                Problem(batch, row, indicator, Localizer.Format(Language.Current, nameof(Messages.Xlsx_DateCell), indicator.Id, cell.Text, Expected(indicator)), rowNumber, cell.Column);
                return;
            case XlsxCellType.Error:
                Problem(batch, row, indicator, Localizer.Format(Language.Current, nameof(Messages.Xlsx_ErrorCell), indicator.Id, cell.Text, Expected(indicator)), rowNumber, cell.Column);
                return;
            case XlsxCellType.NoCachedValue:
                Problem(batch, row, indicator, Localizer.Format(Language.Current, nameof(Messages.Xlsx_FormulaWithoutValue), indicator.Id), rowNumber, cell.Column);
                return;
            default:
                Problem(batch, row, indicator, Localizer.Format(Language.Current, nameof(Messages.Xlsx_UnreadableValue), indicator.Id, cell.Text), rowNumber, cell.Column);
                return;
        }
    }

    private static string Expected(IndicatorDefinition indicator) => indicator.Type switch
    {
        IndicatorType.Boolean => Localizer.Format(Language.Current, nameof(Messages.Xlsx_ExpectedBoolean)),
        IndicatorType.Enumeration => Localizer.Format(Language.Current, nameof(Messages.Xlsx_ExpectedOneOf), string.Join(", ", indicator.Values.Select(v => v.Id))),
        IndicatorType.Text => Localizer.Format(Language.Current, nameof(Messages.Xlsx_ExpectedText)),
        IndicatorType.WholeNumber => Localizer.Format(Language.Current, nameof(Messages.Xlsx_ExpectedWholeNumber)),
        _ => Localizer.Format(Language.Current, nameof(Messages.Xlsx_ExpectedNumber)),
    };

    private static void Problem(VillageBatch batch, int row, IndicatorDefinition indicator, string message, long rowNumber, int column) =>
        batch.AddProblem(row, new DataProblem(DataProblemKind.InvalidValue, ProblemSeverity.Error, message, indicator.Id, rowNumber, column));

    private (string Name, string RelationshipId) Choose(string? sheet, string sourceName)
    {
        var sheets = _workbook.Sheets;
        if (sheets.Count == 0)
        {
            throw new InvalidDataException(Localizer.Format(Language.Current, nameof(Messages.Xlsx_NoSheets), sourceName));
        }

        if (sheet is null)
        {
            var first = sheets.FirstOrDefault(s => !s.Hidden);
            first = first.Name is null ? sheets[0] : first;
            return (first.Name, first.RelationshipId);
        }

        foreach (var candidate in sheets)
        {
            if (string.Equals(candidate.Name.Trim(), sheet.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return (candidate.Name, candidate.RelationshipId);
            }
        }

        throw new InvalidDataException(Localizer.Format(Language.Current, nameof(Messages.Xlsx_NoSuchSheet), sourceName, sheet, string.Join(", ", sheets.Select(s => $"\"{s.Name}\""))));
    }

    /// <summary>Reads rows until one reads as the header; rows after it that were read on the way wait in the queue.</summary>
    private long FindHeader(VillageRowBuilder builder, string sourceName)
    {
        var seen = new List<(long Row, XlsxCell[] Cells)>();
        (long Row, XlsxCell[] Cells)? fallback = null;
        while (seen.Count < HeaderSearchRows && ReadRow() is { } cells)
        {
            seen.Add((_row, cells));
            var named = 0;
            foreach (var cell in cells)
            {
                if (cell.Type == XlsxCellType.Text && builder.Headers.Match(cell.Text!).Kind != HeaderKind.Unknown)
                {
                    named++;
                }
            }

            if (named >= 2 || (named == 1 && cells.Length == 1 && builder.Inferring))
            {
                return TakeHeader(seen, seen.Count - 1);
            }

            if (fallback is null && cells.Length >= 2 && cells.All(c => c.Type == XlsxCellType.Text))
            {
                fallback = (_row, cells);
            }
        }

        if (fallback is { } row)
        {
            return TakeHeader(seen, seen.FindIndex(s => s.Row == row.Row));
        }

        throw new InvalidDataException(seen.Count == 0
            ? Localizer.Format(Language.Current, nameof(Messages.Xlsx_EmptySheet), sourceName, Sheet)
            : Localizer.Format(Language.Current, nameof(Messages.Xlsx_NoHeaderRow), sourceName, seen.Count, Sheet));
    }

    private long TakeHeader(List<(long Row, XlsxCell[] Cells)> seen, int index)
    {
        var (headerRow, header) = seen[index];
        var last = header.Length == 0 ? 0 : header[^1].Column;
        for (var column = 1; column <= last; column++)
        {
            _columns.Add(string.Empty);
        }

        foreach (var cell in header)
        {
            _columns[cell.Column - 1] = cell.AsText().Trim();
        }

        foreach (var later in seen.Skip(index + 1))
        {
            _pending.Enqueue(later);
        }

        return headerRow;
    }

    private (long Row, XlsxCell[]? Cells) NextRow()
    {
        if (_pending.TryDequeue(out var pending))
        {
            return pending;
        }

        return ReadRow() is { } cells ? (_row, cells) : (0, null);
    }

    /// <summary>Reads the next row that holds at least one value; null at the end of the sheet's data.</summary>
    private XlsxCell[]? ReadRow()
    {
        while (!_finished)
        {
            if (!MoveToRow())
            {
                _finished = true;
                return null;
            }

            _row = long.TryParse(_reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : _row + 1;
            _cells.Clear();
            if (!_reader.IsEmptyElement)
            {
                var depth = _reader.Depth;
                var column = 0;
                _reader.Read();
                while (_reader.Depth > depth)
                {
                    if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName == "c")
                    {
                        var cell = ReadCell(ref column);
                        if (cell is { } value)
                        {
                            _cells.Add(value);
                        }

                        _reader.Read();
                        continue;
                    }

                    if (_reader.NodeType == XmlNodeType.Element)
                    {
                        _reader.Skip();
                        continue;
                    }

                    _reader.Read();
                }
            }

            if (_cells.Count > 0)
            {
                _cells.Sort((a, b) => a.Column.CompareTo(b.Column));
                return [.. _cells];
            }
        }

        return null;
    }

    private bool MoveToRow()
    {
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element && _reader.LocalName == "row")
            {
                return true;
            }

            if (_reader.NodeType == XmlNodeType.EndElement && _reader.LocalName == "sheetData")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Reads the <c>c</c> element the reader is on, leaving it on its end tag (or on the element when empty).</summary>
    private XlsxCell? ReadCell(ref int column)
    {
        var reference = _reader.GetAttribute("r");
        var at = reference is null ? 0 : SheetCell.ColumnOf(reference);
        column = at > 0 ? at : column + 1;
        var type = _reader.GetAttribute("t");
        var style = int.TryParse(_reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < _workbook.Styles.Count ? _workbook.Styles[s] : CellStyleKind.Plain;
        if (_reader.IsEmptyElement)
        {
            return null;
        }

        string? value = null;
        string? inline = null;
        var formula = false;
        var depth = _reader.Depth;
        _reader.Read();
        while (_reader.Depth > depth)
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                switch (_reader.LocalName)
                {
                    case "v":
                        value = _reader.ReadElementContentAsString();
                        continue;
                    case "is":
                        inline = XlsxWorkbook.ReadRichText(_reader);
                        continue;
                    case "f":
                        formula = true;
                        _reader.Skip();
                        continue;
                    default:
                        _reader.Skip();
                        continue;
                }
            }

            _reader.Read();
        }

        switch (type)
        {
            case "s":
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= _workbook.SharedStrings.Count)
                {
                    return new XlsxCell(column, XlsxCellType.Damaged, 0, value, style);
                }

                return Text(column, _workbook.SharedStrings[index], style);
            case "inlineStr":
                return Text(column, inline ?? value, style);
            case "str":
                return formula && value is null ? new XlsxCell(column, XlsxCellType.NoCachedValue, 0, null, style) : Text(column, value, style);
            case "b":
                return value is null ? null : new XlsxCell(column, XlsxCellType.Boolean, value.Trim() is "1" or "true" ? 1 : 0, null, style);
            case "e":
                return new XlsxCell(column, XlsxCellType.Error, 0, value ?? "#N/A", style);
            case "d":
                return value is null ? null : new XlsxCell(column, XlsxCellType.Date, 0, value, style);
            default:
                if (string.IsNullOrWhiteSpace(value))
                {
                    return formula ? new XlsxCell(column, XlsxCellType.NoCachedValue, 0, null, style) : null;
                }

                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                    ? new XlsxCell(column, XlsxCellType.Number, number, null, style)
                    : new XlsxCell(column, XlsxCellType.Damaged, 0, value, style);
        }
    }

    private static XlsxCell? Text(int column, string? text, CellStyleKind style) =>
        string.IsNullOrWhiteSpace(text) ? null : new XlsxCell(column, XlsxCellType.Text, 0, text, style);
}
