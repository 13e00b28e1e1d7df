using FiveStar.Villages.Reading;
using nietras.SeparatedValues;

namespace FiveStar.Tests.Villages;

/// <summary>The reader reads fields as written and unescapes them itself: to exactly what Sep's own unescaping and trimming give.</summary>
public class CsvFieldTextTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("  spaced  ")]
    [InlineData("\"quoted\"")]
    [InlineData(" \"八村, 东\" ")]
    [InlineData("\"a\"\"b\"")]
    [InlineData("\"\"\"x\"\"\"")]
    [InlineData("\"a\" b")]
    [InlineData("\"a\"b\"\"")]
    [InlineData("a\"\"b")]
    [InlineData("\"\"")]
    [InlineData("\" inner \"")]
    [InlineData("")]
    public void Value_AnyField_IsWhatSepUnescapingAndTrimmingGive(string field)
    {
        using var sep = Sep.Reader(o => o with { HasHeader = false, Unescape = true, Trim = SepTrim.Outer }).FromText("x," + field + ",y");
        Assert.True(sep.MoveNext());
        var expected = sep.Current[1].ToString().Trim();
        char[]? scratch = null;

        Assert.Equal(expected, CsvFieldText.Value(field, ref scratch).ToString());
    }
}
