using FiveStar.Text;

namespace FiveStar.Indicators;

/// <summary>One allowed value of an enumeration indicator, in the order the indicator declares them.</summary>
public sealed class EnumerationValue : IEquatable<EnumerationValue>
{
    /// <summary>Initializes a new instance of the <see cref="EnumerationValue"/> class.</summary>
    /// <param name="id">The ASCII id used in data and expressions, such as <c>competent</c>.</param>
    /// <param name="name">The value's Chinese and English names.</param>
    public EnumerationValue(string id, LocalizedText name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>Gets the ASCII id used in data and expressions, such as <c>competent</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the value's Chinese and English names.</summary>
    public LocalizedText Name { get; }

    /// <summary>Compares two EnumerationValue values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(EnumerationValue? left, EnumerationValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two EnumerationValue values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EnumerationValue? left, EnumerationValue? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(EnumerationValue? other) => other is not null && EqualityComparer<string>.Default.Equals(Id, other.Id) && EqualityComparer<LocalizedText>.Default.Equals(Name, other.Name);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EnumerationValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name);
}
