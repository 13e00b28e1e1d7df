namespace FiveStar.Villages.Reading;

/// <summary>
/// A set of 64-bit hashes in one open-addressing array (8 bytes a slot, at most three quarters full), for duplicate-id
/// detection over files of millions of villages: about a quarter of the memory of a <see cref="HashSet{T}"/> of
/// <see langword="ulong"/>, which keeps a hash code, a link and a bucket beside every value.
/// </summary>
internal sealed class HashSet64 : IVillageIdSet
{
    private ulong[] _slots = new ulong[1024];
    private bool _hasZero;

    /// <summary>Gets the number of values in the set.</summary>
    public long Count { get; private set; }

    /// <summary>Adds a value.</summary>
    /// <param name="value">The value (any 64-bit hash).</param>
    /// <returns><see langword="true"/> when it was not in the set yet.</returns>
    public bool Add(ulong value)
    {
        if (value == 0)
        {
            // 0 marks an empty slot, so the value 0 is kept aside.
            if (_hasZero)
            {
                return false;
            }

            _hasZero = true;
            Count++;
            return true;
        }

        if (!Insert(_slots, value))
        {
            return false;
        }

        Count++;
        if (Count > _slots.Length / 4 * 3)
        {
            Grow();
        }

        return true;
    }

    /// <inheritdoc/>
    public bool AddId(string id) => Add(HashOf(id));

    /// <summary>Hashes a village id the way every duplicate check does.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The 64-bit hash of its UTF-16 code units.</returns>
    public static ulong HashOf(string id) =>
        System.IO.Hashing.XxHash64.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(id.AsSpan()));

    /// <summary>Removes every value, keeping the memory.</summary>
    public void Clear()
    {
        if (Count > 0)
        {
            Array.Clear(_slots);
            _hasZero = false;
            Count = 0;
        }
    }

    private static bool Insert(ulong[] slots, ulong value)
    {
        var mask = slots.Length - 1;

        // The values are already hashes; fold the high bits in so the slot does not depend on the low bits only.
        var slot = (int)((value ^ (value >> 32)) & (ulong)mask);
        while (true)
        {
            var existing = slots[slot];
            if (existing == 0)
            {
                slots[slot] = value;
                return true;
            }

            if (existing == value)
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }
    }

    private void Grow()
    {
        var larger = new ulong[_slots.Length * 2];
        foreach (var value in _slots)
        {
            if (value != 0)
            {
                Insert(larger, value);
            }
        }

        _slots = larger;
    }
}
