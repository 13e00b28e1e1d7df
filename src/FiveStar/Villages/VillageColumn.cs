using FiveStar.Indicators;

namespace FiveStar.Villages;

/// <summary>A column of village data, with the type its values were found to have; gives a RulesEngine file its fields.</summary>
public sealed class VillageColumn : IEquatable<VillageColumn>
{
    /// <summary>Initializes a new instance of the <see cref="VillageColumn"/> class.</summary>
    /// <param name="name">The column name as the data spells it.</param>
    /// <param name="type">The type found in the data: number, boolean or text.</param>
    public VillageColumn(string name, IndicatorType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>Gets the column name as the data spells it.</summary>
    public string Name { get; }

    /// <summary>Gets the type found in the data: number, boolean or text.</summary>
    public IndicatorType Type { get; }

    /// <summary>Compares two VillageColumn values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(VillageColumn? left, VillageColumn? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two VillageColumn values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(VillageColumn? left, VillageColumn? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(VillageColumn? other) => other is not null && EqualityComparer<string>.Default.Equals(Name, other.Name) && EqualityComparer<IndicatorType>.Default.Equals(Type, other.Type);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VillageColumn);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Type);
}
