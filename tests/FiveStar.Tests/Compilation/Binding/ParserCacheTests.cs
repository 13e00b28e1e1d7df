using System.Reflection;
using FiveStar.Compilation.Binding;

namespace FiveStar.Tests.Compilation.Binding;

public class ParserCacheTests
{
    private static readonly MethodInfo[] MathHelpers = [typeof(Math).GetMethod(nameof(Math.Sqrt), [typeof(double)])!];
    private static readonly MethodInfo[] StringHelpers = [typeof(string).GetMethod(nameof(string.IsNullOrEmpty), [typeof(string)])!];
    private static readonly MethodInfo[] CharHelpers = [typeof(char).GetMethod(nameof(char.IsDigit), [typeof(char)])!];

    [Fact]
    public void For_SameHelperTypes_ReturnsTheSameParser()
    {
        var cache = new ParserCache(2);

        var first = cache.For(MathHelpers);

        Assert.Same(first, cache.For([.. MathHelpers]));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void For_MoreHelperSetsThanItsCapacity_ForgetsTheLeastRecentlyUsed()
    {
        var cache = new ParserCache(2);
        var math = cache.For(MathHelpers);
        var text = cache.For(StringHelpers);
        Assert.Same(math, cache.For(MathHelpers));

        var digits = cache.For(CharHelpers);

        Assert.Equal(2, cache.Count);
        Assert.Same(math, cache.For(MathHelpers));
        Assert.Same(digits, cache.For(CharHelpers));
        Assert.NotSame(text, cache.For(StringHelpers));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Shared_IsBounded()
    {
        Assert.Equal(ParserCache.DefaultCapacity, ParserCache.Shared.Capacity);
        Assert.InRange(ParserCache.Shared.Count, 0, ParserCache.DefaultCapacity);
    }

    [Fact]
    public void Constructor_CapacityBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserCache(0));
    }
}
