using System.Globalization;
using FiveStar.Compilation;
using FiveStar.Indicators;
using FiveStar.Rating;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Streams villages from a CSV, JSON or JSON Lines file into <see cref="VillageBatch"/>es, block by block, so memory does
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
    private int _columnsChecked;
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
    public IReadOnlyList<DataProblem> Warnings => _warnings;

    /// <summary>Opens a file; the format comes from its extension unless given.</summary>
    /// <param name="path">The file.</param>
    /// <param name="schema">The indicator slots of the rater the villages are for.</param>
    /// <param name="format">The format, or <see langword="null"/> to use the extension (.csv, .json, .jsonl/.ndjson).</param>
    /// <returns>The reader.</returns>
    /// <exception cref="InvalidDataException">The file cannot be read as that format (for CSV, a broken header).</exception>
    public static VillageReader Open(string path, IndicatorSchema schema, VillageFileFormat? format = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            return FromStream(stream, schema, format ?? FormatOf(path), path);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Opens a stream of village data.</summary>
    /// <param name="stream">The stream; the reader disposes it.</param>
    /// <param name="schema">The indicator slots of the rater the villages are for.</param>
    /// <param name="format">The format.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>The reader.</returns>
    public static VillageReader FromStream(Stream stream, IndicatorSchema schema, VillageFileFormat format, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(schema);
        var builder = new VillageRowBuilder(schema);
        VillageSource source;
        try
        {
            source = format switch
            {
                VillageFileFormat.Csv => new CsvVillageSource(stream, builder),
                VillageFileFormat.Json => new JsonArrayVillageSource(stream),
                _ => new JsonLinesVillageSource(stream),
            };
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new InvalidDataException($"{sourceName}: the header row cannot be read: {exception.Message}", exception);
        }

        return new VillageReader(source, builder, schema, sourceName, stream);
    }

    /// <summary>Tells the format of a file from its extension.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The format; CSV when the extension says nothing.</returns>
    public static VillageFileFormat FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSON" => VillageFileFormat.Json,
        ".JSONL" or ".NDJSON" => VillageFileFormat.JsonLines,
        _ => VillageFileFormat.Csv,
    };

    /// <summary>
    /// Finds the columns of a file and the type their values have (number, boolean or text) from its first rows: the
    /// fields of a RulesEngine workflow, which declares none. The <c>id</c> and <c>name</c> columns are left out.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format, or <see langword="null"/> to use the extension.</param>
    /// <param name="sampleRows">How many villages to look at.</param>
    /// <returns>The columns in file order.</returns>
    public static IReadOnlyList<DataColumn> InferColumns(string path, VillageFileFormat? format = null, int sampleRows = 1000)
    {
        // Read every column as text, then type each by what its values look like.
        using var reader = Open(path, TextSchema.Instance, format);
        var batch = new VillageBatch(TextSchema.Instance, Math.Max(1, sampleRows));
        reader.ReadBatch(batch, sampleRows);
        return reader.Columns
            .Where(c => !string.Equals(c, "id", StringComparison.OrdinalIgnoreCase) && !string.Equals(c, "name", StringComparison.OrdinalIgnoreCase))
            .Select(c => new DataColumn(c, reader._builder.TypeOf(c)))
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
    public void Dispose() => _source.Dispose();

    private void CheckNewColumns(long line)
    {
        var first = _columnsChecked;
        _columnsChecked = Columns.Count;
        if (_schema == TextSchema.Instance)
        {
            return;
        }

        var known = _schema.Indicators.Select(i => i.Id).Concat(_schema.Derived.Select(i => i.Id)).ToList();
        var fromHeader = _source is CsvVillageSource;
        for (var column = first; column < Columns.Count; column++)
        {
            var name = Columns[column];
            if (_schema.IndexOf(name) >= 0 || string.Equals(name, "id", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "name", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var hint = NameSuggester.Hint(name, known);
            var problem = fromHeader
                ? new DataProblem(DataProblemKind.UnknownColumn, ProblemSeverity.Warning, $"column \"{name}\" is not an indicator of these criteria and is ignored{hint}", name, 1, column + 1)
                : new DataProblem(DataProblemKind.UnknownColumn, ProblemSeverity.Warning, $"member \"{name}\" (first seen here) is not an indicator of these criteria and is ignored{hint}", name, line);
            _warnings.Add(problem);
        }
    }

    private void CheckRequiredColumns()
    {
        // At the end of the file, when every JSON member has been seen; CSV knew its columns from the header.
        if (_requiredChecked || _schema == TextSchema.Instance)
        {
            return;
        }

        _requiredChecked = true;
        foreach (var indicator in _schema.Indicators.Where(i => i.Required && !Columns.Contains(i.Id, StringComparer.OrdinalIgnoreCase)))
        {
            _warnings.Add(new DataProblem(DataProblemKind.MissingRequired, ProblemSeverity.Warning, $"the file has no column for the required indicator {indicator.Id}; every village will lack it", indicator.Id, 1));
        }
    }
}
