using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>Which criteria document a results document was rated against.</summary>
public sealed class ResultsCriteria
{
    /// <summary>Gets the criteria document's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the criteria document's version, when it has one.</summary>
    public string? Version { get; init; }

    /// <summary>Gets the criteria document's name in Chinese and English.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets the rating period, as the criteria give it (for example <c>2022</c> or <c>2023-H1</c>).</summary>
    public required string Period { get; init; }
}
