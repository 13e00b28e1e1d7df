namespace FiveStar.Cli.Output;

/// <summary>Measures and pads text by terminal columns: Chinese characters take two.</summary>
internal static class TextWidth
{
    public static int Of(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 2 : 1;
        }

        return width;
    }

    public static int Of(char c) => IsWide(c) ? 2 : 1;

    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
