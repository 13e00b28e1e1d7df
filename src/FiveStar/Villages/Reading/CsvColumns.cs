using FiveStar.Indicators;
using nietras.SeparatedValues;

namespace FiveStar.Villages.Reading;

/// <summary>
/// What a CSV file's header says, once, for every reader of its rows: the columns, the indicator slot each gives,
/// which are numbers, where the id and name are, and the separator. Read-only, so blocks parsed on several threads share it.
/// </summary>
internal sealed class CsvColumns
{
    public CsvColumns(SepReader reader, VillageRowBuilder builder)
    {
        Names = [.. reader.Header.ColNames.Select(name => CsvFieldText.ValueText(name))];
        Slots = Names.Select(builder.SlotOf).ToArray();
        Kinds = Slots.Select(slot => slot < 0 ? CsvFieldKind.None : builder.Schema.Types[slot] switch
        {
            IndicatorType.WholeNumber => CsvFieldKind.WholeNumber,
            IndicatorType.Boolean => CsvFieldKind.Boolean,
            IndicatorType.Enumeration => CsvFieldKind.Enumeration,
            IndicatorType.Text => CsvFieldKind.Text,
            _ => CsvFieldKind.Number,
        }).ToArray();
        SlotColumns = VillageRowBuilder.ColumnsOfSlots(Slots, builder.Schema.Count, firstColumn: 0);

        IdColumn = Array.FindIndex(Names, builder.IsId);
        NameColumn = Array.FindIndex(Names, builder.IsName);
        Dialect = reader.Spec.Sep;
    }

    /// <summary>Gets the header's column names.</summary>
    public string[] Names { get; }

    /// <summary>Gets, per column, the indicator slot it gives, or -1.</summary>
    public int[] Slots { get; }

    /// <summary>Gets, per indicator slot, the 1-based column that gives it (the first, if two do), 0 when none does.</summary>
    public int[] SlotColumns { get; }

    /// <summary>Gets, per column, what its indicator holds (the fast parse path).</summary>
    public CsvFieldKind[] Kinds { get; }

    public int IdColumn { get; }

    /// <summary>Gets the id's 1-based column, where a reused id is reported, or null when the file has none.</summary>
    public int? IdColumnNumber => IdColumn >= 0 ? IdColumn + 1 : null;

    public int NameColumn { get; }

    /// <summary>Gets the separator Sep found in the header, for every later reader of the file's lines.</summary>
    public Sep Dialect { get; }

    /// <summary>The options every reader of a file's rows uses: fields as written (<see cref="CsvFieldText"/>), any count of them.</summary>
    /// <param name="options">Sep's defaults, with or without the file's separator.</param>
    /// <param name="header">Whether the reader reads the header first.</param>
    public static SepReaderOptions Raw(SepReaderOptions options, bool header) => options with { HasHeader = header, DisableColCountCheck = true, Unescape = false, Trim = SepTrim.None };

    /// <summary>Opens a reader of header-less lines with the file's separator.</summary>
    public SepReaderOptions Rows() => Raw(Dialect.Reader(), header: false);
}
