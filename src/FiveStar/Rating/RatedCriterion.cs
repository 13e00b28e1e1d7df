using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>A criterion as a rater evaluates it: its position in result buffers and where it belongs.</summary>
/// <param name="Index">The position <see cref="RatingBuffer.GetState"/> takes.</param>
/// <param name="Id">The criterion id.</param>
/// <param name="CategoryId">The category it belongs to.</param>
/// <param name="Name">Its names.</param>
/// <param name="Indicators">The ids of the reported indicators it reads, directly or through derived indicators and parameters.</param>
public sealed record RatedCriterion(int Index, string Id, string CategoryId, LocalizedText Name, IReadOnlyList<string> Indicators);
