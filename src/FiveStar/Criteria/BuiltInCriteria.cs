namespace FiveStar.Criteria;

/// <summary>The criteria documents shipped inside the FiveStar package, which other documents can extend by id.</summary>
public static class BuiltInCriteria
{
    /// <summary>The id of the Henan rural five-star scheme (2022), composed from the five standard plug-ins' defaults.</summary>
    public const string HenanRural2022 = "henan-rural-2022";

    /// <summary>Gets the ids of every shipped document.</summary>
    public static IReadOnlyList<string> Ids { get; } = [HenanRural2022];

    /// <summary>Reads a shipped document's UTF-8 JSON.</summary>
    /// <param name="id">The document id.</param>
    /// <returns>The document bytes, or <see langword="null"/> when no shipped document has that id.</returns>
    public static byte[]? TryRead(string id)
    {
        if (!Ids.Contains(id, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        using var stream = typeof(BuiltInCriteria).Assembly.GetManifestResourceStream($"FiveStar.Standard.{id.ToLowerInvariant()}.json");
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
