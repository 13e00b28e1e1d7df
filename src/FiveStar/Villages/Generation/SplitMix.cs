namespace FiveStar.Villages.Generation;

/// <summary>
/// SplitMix64: a small, fast generator whose output depends only on its seed, so village <c>i</c> of seed <c>s</c> is
/// the same on every machine and run (and can be made on any thread, in any order).
/// </summary>
internal struct SplitMix
{
    private ulong _state;

    public SplitMix(ulong seed, ulong stream)
    {
        _state = seed ^ (stream * 0x9E3779B97F4A7C15UL);
        _ = Next();
    }

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Returns a number in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns a whole number in [0, <paramref name="count"/>).</summary>
    public int NextInt(int count) => (int)(NextDouble() * count);
}
