namespace FiveStar.Rating;

/// <summary>The full rating of one village: stars, level, every category and criterion, vetoes and data problems.</summary>
/// <param name="Id">The village id.</param>
/// <param name="Name">The village name.</param>
/// <param name="Rated">Whether the village's data was sound enough to rate; <see langword="false"/> when it has data errors.</param>
/// <param name="Stars">The number of stars awarded.</param>
/// <param name="Level">The level: the star count, or the score band, after vetoes.</param>
/// <param name="Categories">Every category in document order.</param>
/// <param name="Vetoes">The vetoes that were triggered.</param>
/// <param name="Problems">The problems found in the village's data.</param>
public sealed record VillageRating(
    string Id,
    string Name,
    bool Rated,
    int Stars,
    int Level,
    IReadOnlyList<CategoryRating> Categories,
    IReadOnlyList<AppliedVeto> Vetoes,
    IReadOnlyList<DataProblem> Problems);
