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
        Names = [.. reader.Header.ColNames];
        Slots = Names.Select(builder.SlotOf).ToArray();
        Numeric = Slots.Select(slot => slot >= 0 && builder.IsNumeric(slot)).ToArray();
        IdColumn = Array.FindIndex(Names, builder.IsId);
        NameColumn = Array.FindIndex(Names, builder.IsName);
        Dialect = reader.Spec.Sep;
    }

    /// <summary>Gets the header's column names.</summary>
    public string[] Names { get; }

    /// <summary>Gets, per column, the indicator slot it gives, or -1.</summary>
    public int[] Slots { get; }

    /// <summary>Gets, per column, whether its indicator holds a number (the fast parse path).</summary>
    public bool[] Numeric { get; }

    public int IdColumn { get; }

    public int NameColumn { get; }

    /// <summary>Gets the separator Sep found in the header, for every later reader of the file's lines.</summary>
    public Sep Dialect { get; }

    /// <summary>Opens a reader of header-less lines with the file's separator and the options the header was read with.</summary>
    public SepReaderOptions Rows() => Dialect.Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.Outer });
}
