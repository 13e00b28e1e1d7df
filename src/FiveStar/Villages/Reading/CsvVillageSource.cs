using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;
using nietras.SeparatedValues;

namespace FiveStar.Villages.Reading;

/// <summary>Reads villages from CSV with Sep, one row at a time.</summary>
internal sealed class CsvVillageSource : VillageSource
{
    private readonly SepReader _reader;
    private readonly string[] _columns;
    private readonly int[] _slots;
    private readonly bool[] _numeric;
    private readonly int _idColumn;
    private readonly int _nameColumn;

    public CsvVillageSource(Stream stream, VillageRowBuilder builder)
    {
        // Outer trimming lets a quoted field with spaces around it unescape; values are trimmed again where they are
        // parsed, so Sep need not also trim inside quotes.
        _reader = Sep.Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.Outer }).From(stream);
        _columns = [.. _reader.Header.ColNames];
        _slots = _columns.Select(builder.SlotOf).ToArray();
        _numeric = _slots.Select(slot => slot >= 0 && builder.IsNumeric(slot)).ToArray();
        _idColumn = Array.FindIndex(_columns, builder.IsId);
        _nameColumn = Array.FindIndex(_columns, builder.IsName);
    }

    public override IReadOnlyList<string> Columns => _columns;

    public override int ReadNext(VillageBatch batch, VillageRowBuilder builder)
    {
        if (!_reader.MoveNext())
        {
            return -1;
        }

        var record = _reader.Current;
        long line = record.LineNumberFrom;

        // An odd number of quotes means a quoted field was opened and never closed, so Sep read the rest of the file
        // into this row: the file was cut off (or a quote is stray). Counted on the raw row, before any unescaping.
        var unclosedQuote = (record.Span.Count('"') & 1) == 1;
        var id = _idColumn >= 0 && _idColumn < record.ColCount ? record[_idColumn].ToString() : null;
        var name = _nameColumn >= 0 && _nameColumn < record.ColCount ? record[_nameColumn].ToString() : null;
        var row = builder.Begin(batch, id, name, line);
        if (unclosedQuote)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Csv_UnclosedQuote), line, record.LineNumberToExcl - 1), null, line));
        }
        else if (record.ColCount != _columns.Length)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Csv_FieldCount), record.ColCount, _columns.Length), null, line));
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

    public override void Dispose() => _reader.Dispose();
}
