using System.Text;

namespace FiveStar.Villages.Generation;

/// <summary>
/// The parts generated village names are made of (a family name, a place word, sometimes a direction, then 村), read
/// from the embedded data file <c>village-name-parts.txt</c>: Chinese text lives in data, not in code.
/// </summary>
internal sealed class VillageNameParts
{
    private static readonly Lazy<VillageNameParts> s_instance = new(Load);

    private VillageNameParts(string[] prefixes, string[] families, string[] places, string suffix, string otherText)
    {
        Prefixes = prefixes;
        Families = families;
        Places = places;
        Suffix = suffix;
        OtherText = otherText;
    }

    public static VillageNameParts Instance => s_instance.Value;

    public string[] Prefixes { get; }

    public string[] Families { get; }

    public string[] Places { get; }

    public string Suffix { get; }

    /// <summary>Gets the text written for a text indicator's value that is none of the criteria's constants.</summary>
    public string OtherText { get; }

    /// <summary>Makes a name from three draws.</summary>
    public string Name(ref SplitMix random)
    {
        var builder = new StringBuilder(6);
        if (random.NextDouble() < 0.3)
        {
            builder.Append(Prefixes[random.NextInt(Prefixes.Length)]);
        }

        builder.Append(Families[random.NextInt(Families.Length)]);
        builder.Append(Places[random.NextInt(Places.Length)]);
        return builder.Append(Suffix).ToString();
    }

    private static VillageNameParts Load()
    {
        using var stream = typeof(VillageNameParts).Assembly.GetManifestResourceStream("FiveStar.village-name-parts.txt")
            ?? throw new InvalidOperationException("The embedded village-name-parts.txt is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        return new VillageNameParts(lines[0], lines[1], lines[2], lines[3][0], lines[4][0]);
    }
}
