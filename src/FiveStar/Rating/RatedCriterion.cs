using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>A criterion as a rater evaluates it: its position in result buffers and where it belongs.</summary>
public sealed class RatedCriterion : IEquatable<RatedCriterion>
{
    /// <summary>Initializes a new instance of the <see cref="RatedCriterion"/> class.</summary>
    /// <param name="index">The position <see cref="RatingBuffer.GetState"/> takes.</param>
    /// <param name="id">The criterion id.</param>
    /// <param name="categoryId">The category it belongs to.</param>
    /// <param name="name">Its names.</param>
    /// <param name="indicators">The ids of the reported indicators it reads, directly or through derived indicators and parameters.</param>
    internal RatedCriterion(int index, string id, string categoryId, LocalizedText name, IReadOnlyList<string> indicators)
    {
        Index = index;
        Id = id;
        CategoryId = categoryId;
        Name = name;
        Indicators = indicators;
    }

    /// <summary>Gets the position <see cref="RatingBuffer.GetState"/> takes.</summary>
    public int Index { get; }

    /// <summary>Gets the criterion id.</summary>
    public string Id { get; }

    /// <summary>Gets the category it belongs to.</summary>
    public string CategoryId { get; }

    /// <summary>Gets the criterion's names.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the ids of the reported indicators it reads, directly or through derived indicators and parameters.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>Compares two RatedCriterion values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(RatedCriterion? left, RatedCriterion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two RatedCriterion values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RatedCriterion? left, RatedCriterion? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(RatedCriterion? other) => other is not null && EqualityComparer<int>.Default.Equals(Index, other.Index) && EqualityComparer<string>.Default.Equals(Id, other.Id) && EqualityComparer<string>.Default.Equals(CategoryId, other.CategoryId) && EqualityComparer<LocalizedText>.Default.Equals(Name, other.Name) && EqualityComparer<IReadOnlyList<string>>.Default.Equals(Indicators, other.Indicators);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RatedCriterion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Id, CategoryId, Name, Indicators);
}
