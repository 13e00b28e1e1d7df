using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;
using nietras.SeparatedValues;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Turns the rows one Sep reader gives (the whole file, or one block of its lines) into villages: the line guard's
/// fixes reported on their line, a row over several lines that does not fit the header read again line by line, each
/// line the village it is, blank lines skipped, every field checked. The same code for the file read in one go and for
/// blocks read on several threads, so both give the same villages, problems and line numbers.
/// </summary>
/// <param name="reader">The rows.</param>
/// <param name="faults">The guard's fixes of these lines, in line order.</param>
/// <param name="lineOffset">What to add to the reader's line numbers to make them the file's (0 for the whole file).</param>
/// <param name="firstLine">The file line of the reader's first row, for a block; 0 to take Sep's.</param>
/// <param name="columns">The file's header.</param>
/// <param name="ids">Where each id is checked against the earlier ones.</param>
/// <param name="observer">The builder observing unknown columns' values when the column types are being inferred; null otherwise.</param>
internal sealed class CsvRowParser(SepReader reader, Queue<CsvLineFault> faults, long lineOffset, long firstLine, CsvColumns columns, IVillageIdSet ids, VillageRowBuilder? observer)
{
    private static readonly System.Buffers.SearchValues<char> BlankRow = System.Buffers.SearchValues.Create(" \t\r\n,;|");

    private readonly Queue<(string Text, long Line)> _split = new();
    private char[]? _scratch;
    private bool _started;

    /// <summary>Adds the next village to the batch.</summary>
    /// <returns>The row added, or -1 when the reader has no more rows.</returns>
    public int ReadNext(VillageBatch batch)
    {
        if (_split.TryDequeue(out var pending))
        {
            return AddLine(batch, pending.Text, pending.Line);
        }

        while (reader.MoveNext())
        {
            var record = reader.Current;

            // Sep numbers the first row of a reader without a header from line 2; where it ends is right.
            var line = !_started && firstLine > 0 ? firstLine : record.LineNumberFrom + lineOffset;
            _started = true;
            if (IsBlank(record.Span))
            {
                continue;
            }

            var lines = record.LineNumberToExcl + lineOffset - line;
            if (lines > 1 && (record.ColCount != columns.Names.Length || (record.Span.Count('"') & 1) == 1 || HoldsARow(record.Span)))
            {
                // A row over several lines that does not fit the header, or with a line that is a whole row itself: its
                // quotes were stray, not a field with line breaks. Each line is read again as the village it is; the
                // first holds the stray quote.
                var text = record.Span.ToString();
                var at = line;
                foreach (var physical in text.AsSpan().EnumerateLines())
                {
                    if (!IsBlank(physical))
                    {
                        _split.Enqueue((physical.ToString(), at));
                    }

                    at++;
                }

                var first = _split.Dequeue();
                return AddLine(batch, first.Text, first.Line, strayQuote: true);
            }

            // An odd number of quotes on a single line: the quote is never closed (the last line of a cut-off file).
            return Add(batch, record, line, record.LineNumberToExcl + lineOffset, strayQuote: (record.Span.Count('"') & 1) == 1);
        }

        return -1;
    }

    /// <summary>The field's value, trimmed and unescaped where needed (<see cref="CsvFieldText"/>).</summary>
    private ReadOnlySpan<char> Value(ReadOnlySpan<char> field) => CsvFieldText.Value(field, ref _scratch);

    /// <summary>
    /// Stores a field as machine-written files give it (a plain decimal in range, <c>0</c> or <c>1</c>, an enumeration
    /// value as written), the bulk of every large file, without the general path's trimming and checks; false leaves
    /// the field to the general path, which stores what these store and reports the rest.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool TryStorePlain(VillageBatch batch, int row, int slot, CsvFieldKind kind, ReadOnlySpan<char> field)
    {
        switch (kind)
        {
            case CsvFieldKind.Number or CsvFieldKind.WholeNumber:
                var schema = batch.Schema;
                if (PlainDecimal.TryParse(field, out var number) && number >= schema.Minimums[slot] && number <= schema.Maximums[slot]
                    && (kind == CsvFieldKind.Number || (number == Math.Floor(number) && Math.Abs(number) <= int.MaxValue)))
                {
                    batch.SetStored(row, slot, number);
                    return true;
                }

                return false;
            case CsvFieldKind.Boolean when field.Length == 1 && field[0] is '0' or '1':
                batch.SetStored(row, slot, field[0] - '0');
                return true;
            case CsvFieldKind.Enumeration:
                var code = batch.Schema.CodeOf(slot, field);
                if (code >= 0)
                {
                    batch.SetStored(row, slot, code);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private static bool IsBlank(ReadOnlySpan<char> row) => row.IndexOfAnyExcept(BlankRow) < 0;

    /// <summary>Takes the next fix if it lies before <paramref name="line"/>.</summary>
    private bool TryTakeFault(long line, out CsvLineFault fault)
    {
        if (faults.TryPeek(out fault) && fault.Line < line)
        {
            faults.Dequeue();
            return true;
        }

        return false;
    }

    /// <summary>Tells whether a line after the first of a row over several lines has a field for every column: a row of its own, not the rest of a field.</summary>
    private bool HoldsARow(ReadOnlySpan<char> row)
    {
        if (columns.Names.Length < 3)
        {
            return false;
        }

        var separator = columns.Dialect.Separator;
        var first = true;
        foreach (var line in row.EnumerateLines())
        {
            if (!first && line.Count(separator) >= columns.Names.Length - 1)
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    /// <summary>Reads one line on its own, with the file's separator.</summary>
    private int AddLine(VillageBatch batch, string text, long line, bool strayQuote = false)
    {
        // The line holding the stray quote is read with its quotes as apostrophes, as the guard reads such a line.
        using var single = columns.Rows().FromText(strayQuote ? text.Replace('"', '\'') : text);
        if (!single.MoveNext())
        {
            var empty = VillageRowBuilder.Begin(batch, ids, null, null, line, 0);
            VillageRowBuilder.End(batch, empty, line);
            return empty;
        }

        return Add(batch, single.Current, line, line + 1, strayQuote || (text.AsSpan().Count('"') & 1) == 1);
    }

    private int Add(VillageBatch batch, SepReader.Row record, long line, long lineToExcl, bool strayQuote)
    {
        var idColumn = columns.IdColumn;
        var nameColumn = columns.NameColumn;
        var id = idColumn >= 0 && idColumn < record.ColCount ? Value(record[idColumn].Span).ToString() : null;
        var name = nameColumn >= 0 && nameColumn < record.ColCount ? Value(record[nameColumn].Span).ToString() : null;
        var row = VillageRowBuilder.Begin(batch, ids, id, name, line, 0, columns.IdColumnNumber);
        var fault = false;
        while (TryTakeFault(lineToExcl, out var fix))
        {
            if (fix.Line >= line)
            {
                fault = true;
                var message = fix.Kind == CsvLineFaultKind.TooLong
                    ? Localizer.Format(Language.Current, nameof(Messages.Data_CsvLineTooLong), CsvLineGuard.MaxLineLength)
                    : Localizer.Format(Language.Current, nameof(Messages.Data_CsvStrayQuote), CsvLineGuard.MaxQuotedLines);
                batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, message, null, fix.Line, null));
            }
        }

        var width = columns.Names.Length;
        if (strayQuote && !fault)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Data_CsvStrayQuote), CsvLineGuard.MaxQuotedLines), null, line, null));
        }
        else if (!fault && record.ColCount != width)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Csv_FieldCount), record.ColCount, width), null, line, null));
        }

        var slots = columns.Slots;
        var kinds = columns.Kinds;
        var count = Math.Min(record.ColCount, width);
        for (var column = 0; column < count; column++)
        {
            var slot = slots[column];
            if (slot >= 0)
            {
                var field = record[column];
                if (TryStorePlain(batch, row, slot, kinds[column], field.Span))
                {
                    continue;
                }

                // Other numbers go through Sep's float parser; anything it does not take (empty, text, invalid UTF-8)
                // falls back to the general path, which reports why.
                if (kinds[column] is CsvFieldKind.Number or CsvFieldKind.WholeNumber && field.TryParse<double>() is { } number && double.IsFinite(number))
                {
                    ValueParser.StoreNumber(batch, row, slot, number, line, column + 1);
                }
                else
                {
                    ValueParser.Store(batch, row, slot, Value(field.Span), line, column + 1);
                }
            }
            else if (observer is { Inferring: true })
            {
                observer.Observe(columns.Names[column], Value(record[column].Span));
            }
        }

        VillageRowBuilder.End(batch, row, line, columns.SlotColumns);
        return row;
    }
}
