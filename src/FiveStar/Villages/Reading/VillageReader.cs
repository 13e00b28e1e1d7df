using System.Globalization;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Streams villages from a CSV, JSON, JSON Lines or Excel (.xlsx) file into <see cref="VillageBatch"/>es, block by block, so memory does
/// not grow with the file. Nothing is dropped: a village with a bad value is added with the value missing and a
/// <see cref="DataProblem"/> naming the line and column; villages out equal villages in.
/// </summary>
public sealed class VillageReader : IDisposable
{
    private readonly VillageSource _source;
    private readonly Stream _stream;
    private readonly VillageRowBuilder _builder;
    private readonly IndicatorSchema _schema;
    private readonly List<DataProblem> _warnings = [];
    private const int MaxUnknownColumnWarnings = 100;
    private const int MaxSuggestions = 20;
    private int _columnsChecked;
    private int _unknownColumns;
    private bool _requiredChecked;

    private VillageReader(VillageSource source, VillageRowBuilder builder, IndicatorSchema schema, string sourceName, Stream stream)
    {
        _stream = stream;
        _source = source;
        _schema = schema;
        _builder = builder;
        SourceName = sourceName;
    }

    /// <summary>Gets the file or stream name, for messages.</summary>
    public string SourceName { get; }

    /// <summary>Gets how far through the file the reader is, from 0 to 1, when the stream's length is known.</summary>
    public double? Progress => _stream is { CanSeek: true, Length: > 0 } stream ? Math.Min(1, (double)stream.Position / stream.Length) : null;

    /// <summary>Gets the number of villages read so far.</summary>
    public long VillagesRead { get; private set; }

    /// <summary>Gets the columns the file carries (for JSON formats, the members seen so far).</summary>
    public IReadOnlyList<string> Columns => _source.Columns;

    /// <summary>Gets problems of the file rather than of a village, such as columns no indicator declares (warnings).</summary>
    public IReadOnlyList<DataProblem> Warnings => _source.Warnings.Count == 0 ? _warnings : [.. _warnings, .. _source.Warnings];

    /// <summary>Gets, for each of <see cref="Columns"/>, the id of the indicator it gives (by id or by name), or <see langword="null"/>.</summary>
    public IReadOnlyList<string?> ColumnIndicators => Columns.Select(c => _builder.SlotOf(c) is var slot and >= 0 ? _schema.Indicators[slot].Id : null).ToArray();

    /// <summary>Gets the worksheet the villages are read from, for a workbook; <see langword="null"/> for text formats.</summary>
    public string? Sheet => _source.Sheet;

    /// <summary>Opens a file in the format its extension gives (.csv, .json, .jsonl/.ndjson, .xlsx); of a workbook, the first visible sheet.</summary>
    /// <param name="path">The file.</param>
    /// <param name="schema">The indicator slots of the rater the villages are for.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="InvalidDataException">
    /// The file cannot be read as that format: its content is something else (a workbook named .csv, a PDF, UTF-16
    /// text) or its header is broken or ambiguous.
    /// </exception>
    public static VillageReader Open(string path, IndicatorSchema schema) => Open(path, schema, null, null);

    /// <summary>Opens a file; the format comes from its extension unless given.</summary>
    /// <param name="path">The file.</param>
    /// <param name="schema">The indicator slots of the rater the villages are for.</param>
    /// <param name="format">The format, or <see langword="null"/> to use the extension (.csv, .json, .jsonl/.ndjson, .xlsx).</param>
    /// <param name="sheet">For a workbook, the sheet to read (by name, case-insensitive); <see langword="null"/> for the first visible sheet.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="InvalidDataException">
    /// The file cannot be read as that format: its content is something else (a workbook named .csv, a PDF, UTF-16
    /// text), its header is broken or ambiguous, or the sheet does not exist.
    /// </exception>
    public static VillageReader Open(string path, IndicatorSchema schema, VillageFileFormat? format, string? sheet)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            return FromStream(stream, schema, format ?? FormatOf(path), path, sheet);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Opens a stream of village data; of a workbook, the first visible sheet.</summary>
    /// <param name="stream">The stream; the reader disposes it.</param>
    /// <param name="schema">The indicator slots of the rater the villages are for.</param>
    /// <param name="format">The format.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="InvalidDataException">The content is not of that format (checked when the stream can seek), or its header cannot be read.</exception>
    public static VillageReader FromStream(Stream stream, IndicatorSchema schema, VillageFileFormat format, string sourceName) => FromStream(stream, schema, format, sourceName, null);

    /// <summary>Opens a stream of village data, reading the given sheet of a workbook.</summary>
    /// <param name="stream">The stream; the reader disposes it.</param>
    /// <param name="schema">The indicator slots of the rater the villages are for.</param>
    /// <param name="format">The format.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="sheet">For a workbook, the sheet to read; <see langword="null"/> for the first visible sheet.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="InvalidDataException">The content is not of that format (checked when the stream can seek), or its header cannot be read.</exception>
    public static VillageReader FromStream(Stream stream, IndicatorSchema schema, VillageFileFormat format, string sourceName, string? sheet) =>
        FromStream(stream, schema, format, sourceName, sheet, DuplicateIdSet.DefaultMemoryBound);

    /// <summary>Opens a stream as the public overload does, holding at most <paramref name="idMemoryBound"/> ids in memory before spilling (tests make it small).</summary>
    internal static VillageReader FromStream(Stream stream, IndicatorSchema schema, VillageFileFormat format, string sourceName, string? sheet, int idMemoryBound) =>
        FromStream(stream, schema, format, sourceName, sheet, idMemoryBound, CsvVillageSource.DefaultBlockChars);

    /// <summary>
    /// Opens a stream as the public overload does, with the knobs tests turn: the ids held in memory before spilling, and
    /// the characters of a CSV block parsed on a worker (0: the whole file on the caller's thread, as the blocks are checked against).
    /// </summary>
    internal static VillageReader FromStream(Stream stream, IndicatorSchema schema, VillageFileFormat format, string sourceName, string? sheet, int idMemoryBound, int csvBlockChars)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(schema);
        ContentSniffer.Check(stream, format, sourceName);
        var builder = new VillageRowBuilder(schema, idMemoryBound);
        VillageSource source;
        try
        {
            source = format switch
            {
                VillageFileFormat.Csv => new CsvVillageSource(stream, builder, csvBlockChars),
                VillageFileFormat.Json => new JsonArrayVillageSource(stream),
                VillageFileFormat.Xlsx => new XlsxVillageSource(SeekableCopy(stream), builder, sheet, sourceName),
                _ => new JsonLinesVillageSource(stream),
            };
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new InvalidDataException(Localizer.Format(Language.Current, nameof(Messages.Header_CannotRead), sourceName, exception.Message), exception);
        }

        var reader = new VillageReader(source, builder, schema, sourceName, stream);
        try
        {
            reader.CheckHeader();
        }
        catch
        {
            reader.Dispose();
            throw;
        }

        return reader;
    }

    /// <summary>Tells the format of a file from its extension.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The format; CSV when the extension says nothing.</returns>
    public static VillageFileFormat FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSON" => VillageFileFormat.Json,
        ".JSONL" or ".NDJSON" => VillageFileFormat.JsonLines,
        ".XLSX" or ".XLSM" => VillageFileFormat.Xlsx,
        _ => VillageFileFormat.Csv,
    };

    /// <summary>
    /// Finds the columns of a file and the type their values have (number, boolean or text) from its first rows: the
    /// fields of a RulesEngine workflow, which declares none. The <c>id</c> and <c>name</c> columns are left out.
    /// </summary>
    /// <param name="path">The file, in the format its extension gives; of a workbook, the first visible sheet.</param>
    /// <returns>The columns in file order.</returns>
    public static IReadOnlyList<VillageColumn> InferColumns(string path) => InferColumns(path, null, null);

    /// <summary>
    /// Finds the columns of a file and the type their values have (number, boolean or text) from its first 1,000 villages:
    /// the fields of a RulesEngine workflow, which declares none. The <c>id</c> and <c>name</c> columns are left out.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format, or <see langword="null"/> to use the extension.</param>
    /// <param name="sheet">For a workbook, the sheet to read; <see langword="null"/> for the first visible sheet.</param>
    /// <returns>The columns in file order.</returns>
    public static IReadOnlyList<VillageColumn> InferColumns(string path, VillageFileFormat? format, string? sheet)
    {
        const int sampleRows = 1000;
        // Read every column as text, then type each by what its values look like.
        using var reader = Open(path, TextSchema.Instance, format, sheet);
        var batch = new VillageBatch(TextSchema.Instance, Math.Max(1, sampleRows));
        reader.ReadBatch(batch, sampleRows);
        return reader.Columns
            .Where(c => c.Length > 0 && !reader._builder.IsId(c) && !reader._builder.IsName(c))
            .Select(c => new VillageColumn(c, reader._builder.TypeOf(c)))
            .ToArray();
    }

    /// <summary>Reads up to <paramref name="maxVillages"/> more villages into a batch (appending to what it holds).</summary>
    /// <param name="batch">The batch, created for the same schema.</param>
    /// <param name="maxVillages">The most villages to add.</param>
    /// <returns>The number of villages added; 0 at the end of the file.</returns>
    public int ReadBatch(VillageBatch batch, int maxVillages)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Schema != _schema)
        {
            throw new ArgumentException("The batch was created for another schema.", nameof(batch));
        }

        batch.Sheet = _source.Sheet;
        var added = 0;
        while (added < maxVillages)
        {
            var row = _source.ReadNext(batch, _builder);
            if (row < 0)
            {
                CheckRequiredColumns();
                break;
            }

            added++;
            if (Columns.Count > _columnsChecked)
            {
                // CSV names every column in its header; JSON objects may bring a new member with any village.
                CheckNewColumns(batch.GetLine(row));
            }
        }

        VillagesRead += added;
        return added;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _source.Dispose();
        _builder.Dispose();
    }

    private void CheckNewColumns(long line)
    {
        var first = _columnsChecked;
        _columnsChecked = Columns.Count;
        if (_schema == TextSchema.Instance)
        {
            return;
        }

        var fromHeader = _source is CsvVillageSource or XlsxVillageSource;
        for (var column = first; column < Columns.Count; column++)
        {
            var name = Columns[column];
            var match = _builder.Headers.Match(name);
            if (name.Length == 0 || match.Kind is HeaderKind.Id or HeaderKind.Name || (fromHeader && match.Kind != HeaderKind.Unknown))
            {
                // A header's ambiguous or mis-scaled columns were refused when it was read.
                continue;
            }

            if (match.Kind == HeaderKind.Indicator)
            {
                if (!fromHeader && match.Unit is not null)
                {
                    _warnings.Add(UnitWarning(match, line, null));
                }

                continue;
            }

            // A file of a million unknown columns gets a hundred warnings, the first twenty with suggestions, and a count:
            // not a million suggestions, each a search of every indicator's names.
            var language = Language.Current;
            if (++_unknownColumns > MaxUnknownColumnWarnings)
            {
                if (_unknownColumns == MaxUnknownColumnWarnings + 1)
                {
                    _warnings.Add(new DataProblem(DataProblemKind.UnknownColumn, ProblemSeverity.Warning, Localizer.Format(language, nameof(Messages.Data_MoreUnknownColumns), MaxUnknownColumnWarnings), name, fromHeader ? _source.HeaderLine : line, fromHeader ? column + 1 : null));
                }

                continue;
            }

            var hint = match.Kind == HeaderKind.Unknown ? (_unknownColumns <= MaxSuggestions ? _builder.Headers.Hint(name, language) : string.Empty) : Localizer.Format(language, nameof(Messages.Header_CouldMeanHint), Or(language, match.Candidates));
            var problem = fromHeader
                ? At(new DataProblem(DataProblemKind.UnknownColumn, ProblemSeverity.Warning, Localizer.Format(language, nameof(Messages.Header_UnknownColumn), name, hint), name, _source.HeaderLine, column + 1))
                : new DataProblem(DataProblemKind.UnknownColumn, ProblemSeverity.Warning, Localizer.Format(language, nameof(Messages.Header_UnknownMember), name, hint), name, line, null);
            _warnings.Add(problem);
        }
    }

    /// <summary>
    /// Checks a header row at open: a header that more than one indicator answers to, a unit that scales the values
    /// (万元 for an indicator in 元), or two columns for one indicator, is an error (nothing is read); another unit is a warning.
    /// </summary>
    private void CheckHeader()
    {
        if (_source is not (CsvVillageSource or XlsxVillageSource))
        {
            return;
        }

        // Two columns whose names differ only in letter case (a and A) would silently share, or split, one value.
        var language = Language.Current;
        var errors = new List<string>();
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var column = 0; column < Columns.Count; column++)
        {
            var name = Columns[column].Trim();
            if (name.Length > 0 && !names.TryAdd(name, column))
            {
                var earlier = names[name];
                errors.Add(FiveStar.Resources.Localizer.Format(FiveStar.Text.Language.Current, nameof(FiveStar.Resources.Messages.Data_HeaderSameName), Where(column + 1), name, Where(earlier + 1), Columns[earlier]));
            }
        }

        if (_schema == TextSchema.Instance)
        {
            ThrowIfAny(errors);
            return;
        }

        var seen = new Dictionary<int, int>();
        for (var column = 0; column < Columns.Count; column++)
        {
            var name = Columns[column];
            if (name.Length == 0)
            {
                continue;
            }

            var match = _builder.Headers.Match(name);
            var where = Where(column + 1);
            switch (match.Kind)
            {
                case HeaderKind.Ambiguous:
                    errors.Add(Localizer.Format(language, nameof(Messages.Header_Ambiguous), where, name, Or(language, match.Candidates)));
                    break;
                case HeaderKind.ScaledUnit:
                    var indicator = _schema.Indicators[_schema.IndexOf(match.Candidates[0])];
                    errors.Add(Localizer.Format(language, nameof(Messages.Header_ScaledUnit), where, name, match.Unit, indicator.Id, indicator.Unit.Zh, indicator.Unit.En));
                    break;
                case HeaderKind.Indicator when seen.TryGetValue(match.Slot, out var earlier):
                    errors.Add(Localizer.Format(language, nameof(Messages.Header_TwoColumns), where, name, Where(earlier + 1), Columns[earlier], _schema.Indicators[match.Slot].Id));
                    break;
                case HeaderKind.Indicator:
                    seen[match.Slot] = column;
                    if (match.Unit is not null)
                    {
                        _warnings.Add(UnitWarning(match, _source.HeaderLine, column + 1));
                    }

                    break;
            }
        }

        ThrowIfAny(errors);
    }

    private void ThrowIfAny(List<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidDataException(Localizer.Format(Language.Current, nameof(Messages.Header_CannotUse), SourceName, Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors)));
        }
    }

    private DataProblem UnitWarning(HeaderMatch match, long line, int? column)
    {
        var indicator = _schema.Indicators[match.Slot];
        return At(new DataProblem(DataProblemKind.UnknownColumn, ProblemSeverity.Warning, Localizer.Format(Language.Current, nameof(Messages.Header_OtherUnit), match.Header, match.Unit, indicator.Id, indicator.Unit.Zh, indicator.Unit.En), indicator.Id, line, column));
    }

    /// <summary>Names a header column: <c>Sheet!F3</c> for a workbook, the column number for CSV.</summary>
    private string Where(int column) => _source.Sheet is { } sheet
        ? SheetCell.Reference(sheet, _source.HeaderLine, column)
        : Localizer.Format(Language.Current, nameof(Messages.Header_LineColumn), _source.HeaderLine, column);

    private static string Or(Language language, IEnumerable<string> candidates) => string.Join(Localizer.Format(language, nameof(Messages.Header_Or)), candidates);

    private DataProblem At(DataProblem problem) =>
        _source.Sheet is { } sheet && problem.Line is { } line && problem.Column is { } column ? problem.AtCell(SheetCell.Reference(sheet, line, column)) : problem;

    /// <summary>The package reader needs to seek; a stream that cannot is copied into memory first.</summary>
    private static Stream SeekableCopy(Stream stream)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private void CheckRequiredColumns()
    {
        // At the end of the file, when every JSON member has been seen; CSV knew its columns from the header.
        if (_requiredChecked || _schema == TextSchema.Instance)
        {
            return;
        }

        _requiredChecked = true;
        var present = Columns.Select(_builder.SlotOf).Where(slot => slot >= 0).ToHashSet();
        foreach (var indicator in _schema.Indicators.Where(i => i.Required && !present.Contains(_schema.IndexOf(i.Id))))
        {
            _warnings.Add(new DataProblem(DataProblemKind.MissingRequired, ProblemSeverity.Warning, Localizer.Format(Language.Current, nameof(Messages.Header_NoRequiredColumn), indicator.Id), indicator.Id, _source.HeaderLine, null));
        }
    }
}
