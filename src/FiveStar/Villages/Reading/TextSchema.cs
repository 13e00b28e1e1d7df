namespace FiveStar.Villages.Reading;

/// <summary>An empty schema used to read a file's columns without typing them.</summary>
internal static class TextSchema
{
    public static IndicatorSchema Instance { get; } = new([], []);
}
