namespace FiveStar.Villages.Binding;

/// <summary>The enumeration code of each member of a C# enum, found when the binding is built.</summary>
internal sealed class EnumCodes(long[] values, int[] codes)
{
    public int CodeOf(long value)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == value)
            {
                return codes[i];
            }
        }

        return -1;
    }
}
