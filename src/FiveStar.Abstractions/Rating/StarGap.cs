using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>What a village lacks for one star it does not hold.</summary>
public sealed class StarGap
{
    /// <summary>Gets the category id.</summary>
    public required string CategoryId { get; init; }

    /// <summary>Gets the category's name in Chinese and English.</summary>
    public required LocalizedText CategoryName { get; init; }

    /// <summary>Gets whether the star can be earned by fixing criteria, or what stands in the way first.</summary>
    public required StarGapStatus Status { get; init; }

    /// <summary>Gets the fewest criteria of this category that must be fixed for its award rule (0 when they are all met).</summary>
    public required int CriteriaToFix { get; init; }

    /// <summary>Gets the criteria to fix, cheapest first: all unmet ones for an "all" rule, the cheapest ones that suffice otherwise.</summary>
    public required IReadOnlyList<CriterionGap> Criteria { get; init; }

    /// <summary>Gets the ids of the prerequisite stars the village does not hold yet, in document order.</summary>
    public required IReadOnlyList<string> MissingPrerequisites { get; init; }

    /// <summary>Gets the ids of the triggered vetoes that remove this star (or void the whole rating).</summary>
    public required IReadOnlyList<string> Vetoes { get; init; }

    /// <summary>Gets a sentence for people saying what blocks the star (prerequisites first, a veto), or <see langword="null"/> when only criteria are lacking.</summary>
    public string? Blocker { get; init; }
}
