namespace FiveStar.Rating;

/// <summary>The full rating of one village: stars, level, every category and criterion, vetoes and data problems.</summary>
public sealed class VillageRating
{
    /// <summary>Gets the village id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the village name, as the data gives it.</summary>
    public required string Name { get; init; }

    /// <summary>Gets a value indicating whether the village's data was sound enough to rate; <see langword="false"/> when it has data errors.</summary>
    public required bool Rated { get; init; }

    /// <summary>Gets the number of stars awarded.</summary>
    public required int Stars { get; init; }

    /// <summary>Gets the level: the star count, or the score band, after vetoes.</summary>
    public required int Level { get; init; }

    /// <summary>Gets every category in document order.</summary>
    public required IReadOnlyList<CategoryRating> Categories { get; init; }

    /// <summary>Gets the vetoes that were triggered.</summary>
    public required IReadOnlyList<AppliedVeto> Vetoes { get; init; }

    /// <summary>Gets the problems found in the village's data.</summary>
    public required IReadOnlyList<DataProblem> Problems { get; init; }
}
