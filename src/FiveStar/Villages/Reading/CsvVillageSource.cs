using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;
using nietras.SeparatedValues;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Reads villages from CSV with Sep, one row at a time. No village is lost to a stray quote: <see cref="CsvLineGuard"/>
/// keeps a quote from swallowing more than a few lines, and a row that spans lines and does not fit the header is read
/// again line by line, each line the village it is. Blank lines (or lines of only separators) are no villages.
/// </summary>
internal sealed class CsvVillageSource : VillageSource
{
    private readonly CsvLineGuard _guard;
    private readonly SepReader _reader;
    private readonly Queue<(string Text, long Line)> _split = new();
    private readonly string[] _columns;
    private readonly int[] _slots;
    private readonly bool[] _numeric;
    private readonly int _idColumn;
    private readonly int _nameColumn;

    public CsvVillageSource(Stream stream, VillageRowBuilder builder)
    {
        // Outer trimming lets a quoted field with spaces around it unescape; values are trimmed again where they are
        // parsed, so Sep need not also trim inside quotes.
        _guard = new CsvLineGuard(new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16));
        _reader = Sep.Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.Outer }).From(_guard);
        _columns = [.. _reader.Header.ColNames];
        _slots = _columns.Select(builder.SlotOf).ToArray();
        _numeric = _slots.Select(slot => slot >= 0 && builder.IsNumeric(slot)).ToArray();
        _idColumn = Array.FindIndex(_columns, builder.IsId);
        _nameColumn = Array.FindIndex(_columns, builder.IsName);
    }

    public override IReadOnlyList<string> Columns => _columns;

    public override int ReadNext(VillageBatch batch, VillageRowBuilder builder)
    {
        if (_split.TryDequeue(out var pending))
        {
            return AddLine(batch, builder, pending.Text, pending.Line);
        }

        while (_reader.MoveNext())
        {
            var record = _reader.Current;
            if (IsBlank(record.Span))
            {
                continue;
            }

            long line = record.LineNumberFrom;
            var lines = record.LineNumberToExcl - line;
            if (lines > 1 && (record.ColCount != _columns.Length || (record.Span.Count('"') & 1) == 1 || HoldsARow(record.Span)))
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
                return AddLine(batch, builder, first.Text, first.Line, strayQuote: true);
            }

            // An odd number of quotes on a single line: the quote is never closed (the last line of a cut-off file).
            return Add(batch, builder, record, line, record.LineNumberToExcl, strayQuote: (record.Span.Count('"') & 1) == 1);
        }

        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> BlankRow = System.Buffers.SearchValues.Create(" \t\r\n,;|");

    /// <summary>Tells whether a line after the first of a row over several lines has a field for every column: a row of its own, not the rest of a field.</summary>
    private bool HoldsARow(ReadOnlySpan<char> row)
    {
        if (_columns.Length < 3)
        {
            return false;
        }

        var separator = _reader.Spec.Sep.Separator;
        var first = true;
        foreach (var line in row.EnumerateLines())
        {
            if (!first && line.Count(separator) >= _columns.Length - 1)
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    private static bool IsBlank(ReadOnlySpan<char> row) => row.IndexOfAnyExcept(BlankRow) < 0;

    /// <summary>Reads one line on its own, with the file's separator.</summary>
    private int AddLine(VillageBatch batch, VillageRowBuilder builder, string text, long line, bool strayQuote = false)
    {
        // The line holding the stray quote is read with its quotes as apostrophes, as the guard reads such a line.
        using var reader = _reader.Spec.Sep.Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.Outer }).FromText(strayQuote ? text.Replace('"', '\'') : text);
        if (!reader.MoveNext())
        {
            var empty = builder.Begin(batch, null, null, line);
            VillageRowBuilder.End(batch, empty, line);
            return empty;
        }

        return Add(batch, builder, reader.Current, line, line + 1, strayQuote || (text.AsSpan().Count('"') & 1) == 1);
    }

    private int Add(VillageBatch batch, VillageRowBuilder builder, SepReader.Row record, long line, long lineToExcl, bool strayQuote)
    {
        var id = _idColumn >= 0 && _idColumn < record.ColCount ? record[_idColumn].ToString() : null;
        var name = _nameColumn >= 0 && _nameColumn < record.ColCount ? record[_nameColumn].ToString() : null;
        var row = builder.Begin(batch, id, name, line);
        var fault = false;
        while (_guard.TryTakeFault(lineToExcl, out var fix))
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

        if (strayQuote && !fault)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Data_CsvStrayQuote), CsvLineGuard.MaxQuotedLines), null, line, null));
        }
        else if (!fault && record.ColCount != _columns.Length)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Csv_FieldCount), record.ColCount, _columns.Length), null, line, null));
        }

        var count = Math.Min(record.ColCount, _columns.Length);
        for (var column = 0; column < count; column++)
        {
            var slot = _slots[column];
            if (slot >= 0)
            {
                var field = record[column];

                // Numbers go through Sep's fast float parser; anything it does not take (empty, text, invalid UTF-8)
                // falls back to the general path, which reports why.
                if (_numeric[column] && field.TryParse<double>() is { } number && double.IsFinite(number))
                {
                    ValueParser.StoreNumber(batch, row, slot, number, line, column + 1);
                }
                else
                {
                    ValueParser.Store(batch, row, slot, field.Span, line, column + 1);
                }
            }
            else if (builder.Inferring)
            {
                builder.Observe(_columns[column], record[column].Span);
            }
        }

        VillageRowBuilder.End(batch, row, line);
        return row;
    }

    public override void Dispose()
    {
        _reader.Dispose();
        _guard.Dispose();
    }
}
