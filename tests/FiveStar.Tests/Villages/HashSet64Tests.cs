using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Villages;

public class HashSet64Tests
{
    [Fact]
    public void Add_ManyValuesThroughSeveralGrowths_AgreesWithHashSet()
    {
        // Values that collide in their low bits, zero, and repeats: the set must answer as HashSet<ulong> does.
        var random = new Random(7);
        var compact = new HashSet64();
        var reference = new HashSet<ulong>();
        for (var i = 0; i < 200_000; i++)
        {
            var value = random.Next(4) switch
            {
                0 => (ulong)random.Next(0, 5_000) << 40,
                1 => (ulong)random.NextInt64(),
                2 => 0UL,
                _ => (ulong)random.Next(0, 50_000),
            };

            Assert.Equal(reference.Add(value), compact.Add(value));
        }

        Assert.Equal(reference.Count, compact.Count);
    }
}
