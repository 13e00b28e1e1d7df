using FiveStar.Villages.Reading;

namespace FiveStar.Villages.Binding;

/// <summary>The stores a compiled binding calls, one per kind of property; each goes through the readers' checks.</summary>
internal static class BoundValues
{
    public static void Number(VillageBatch batch, int row, int slot, double value)
    {
        if (!double.IsNaN(value))
        {
            ValueParser.StoreValue(batch, row, slot, value, null, null);
        }
    }

    /// <summary>A whole-number property (int, long): finite and whole by its type, so only the range is left to check.</summary>
    public static void Whole(VillageBatch batch, int row, int slot, long value) =>
        ValueParser.StoreNumber(batch, row, slot, value, null, null);

    public static void Boolean(VillageBatch batch, int row, int slot, bool value) => batch.SetRead(row, slot, value ? 1 : 0);

    public static void Text(VillageBatch batch, int row, int slot, string? value)
    {
        if (value is not null)
        {
            ValueParser.Store(batch, row, slot, value, null, null);
        }
    }

    public static void Choice(VillageBatch batch, int row, int slot, long value, EnumCodes codes)
    {
        var code = codes.CodeOf(value);
        if (code >= 0)
        {
            batch.SetRead(row, slot, code);
        }
        else
        {
            // A value the enum does not define (a cast number): reported as that number, as a JSON number would be.
            ValueParser.Store(batch, row, slot, value.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null);
        }
    }
}
