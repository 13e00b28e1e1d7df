using System.Globalization;
using FiveStar.Villages.Reading;
using FsCheck.Xunit;

namespace FiveStar.Tests.Villages;

/// <summary>The CSV reader's decimal fast path gives exactly what double.Parse gives, or leaves the text to it.</summary>
public class PlainDecimalTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("218")]
    [InlineData("-14.3")]
    [InlineData("0.1")]
    [InlineData(".5")]
    [InlineData("007.50")]
    [InlineData("999999999999999")]
    [InlineData("0.00000000000001")]
    [InlineData("123456789.012345")]
    [InlineData("900719925474.099")]
    public void TryParse_PlainDecimal_GivesTheBitsDoubleParseGives(string text)
    {
        Assert.True(PlainDecimal.TryParse(text, out var value));

        Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("5.")]
    [InlineData("+5")]
    [InlineData("1e5")]
    [InlineData(" 5")]
    [InlineData("5 ")]
    [InlineData("1.2.3")]
    [InlineData("--5")]
    [InlineData("1,5")]
    [InlineData("1234567890123456")]
    [InlineData("0.000000000000001")]
    [InlineData("NaN")]
    [InlineData("５")]
    public void TryParse_AnythingElse_IsLeftToTheGeneralParser(string text)
    {
        Assert.False(PlainDecimal.TryParse(text, out _));
    }

    [Property(MaxTest = 2000)]
    public bool TryParse_DigitsAndAPointAnywhere_AgreesBitForBitWithDoubleParse(long digits, byte point, bool negative)
    {
        var text = Math.Abs(digits % 1_000_000_000_000_000).ToString(CultureInfo.InvariantCulture);
        var at = point % (text.Length + 1);
        text = (negative ? "-" : string.Empty) + (at == text.Length ? text : text.Insert(at, "."));
        var expected = double.Parse(text, CultureInfo.InvariantCulture);

        return PlainDecimal.TryParse(text, out var value)
            ? BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(expected)
            : text.EndsWith('.') || text.Count(char.IsAsciiDigit) > 15;
    }

    [Property(MaxTest = 2000)]
    public bool TryParse_AnyText_TakenOnlyWhenDoubleParseGivesTheSameBits(string? text)
    {
        text ??= string.Empty;
        return !PlainDecimal.TryParse(text, out var value)
            || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected)
                && BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(expected));
    }
}
