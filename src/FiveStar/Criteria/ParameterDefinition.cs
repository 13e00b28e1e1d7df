using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>A named constant, typically a threshold, that criteria use and derived documents override.</summary>
public sealed class ParameterDefinition : IEquatable<ParameterDefinition>
{
    /// <summary>Initializes a new instance of the <see cref="ParameterDefinition"/> class.</summary>
    /// <param name="id">The name expressions use, such as <c>min_collective_income_yuan</c>.</param>
    /// <param name="name">Chinese and English names.</param>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit, in both languages.</param>
    /// <param name="minimum">The smallest valid value, if bounded.</param>
    /// <param name="maximum">The largest valid value, if bounded.</param>
    /// <param name="provenance">Where the value comes from.</param>
    internal ParameterDefinition(string id, LocalizedText name, double value, LocalizedText unit, double? minimum, double? maximum, Provenance? provenance)
    {
        Id = id;
        Name = name;
        Value = value;
        Unit = unit;
        Minimum = minimum;
        Maximum = maximum;
        Provenance = provenance;
    }

    /// <summary>Gets the name expressions use, such as <c>min_collective_income_yuan</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese and English names.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the value.</summary>
    public double Value { get; }

    /// <summary>Gets the unit, in both languages.</summary>
    public LocalizedText Unit { get; }

    /// <summary>Gets the smallest valid value, if bounded.</summary>
    public double? Minimum { get; }

    /// <summary>Gets the largest valid value, if bounded.</summary>
    public double? Maximum { get; }

    /// <summary>Gets where the value comes from.</summary>
    public Provenance? Provenance { get; }

    /// <summary>Gets where the parameter was written: the standard's or plug-in's definition, then each file that changed it; <see cref="SourceTrail.WhereSet"/> with <c>value</c> tells which file set the value in force.</summary>
    public SourceTrail Trail { get; internal init; } = SourceTrail.None;

    /// <summary>Compares two ParameterDefinition values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ParameterDefinition? left, ParameterDefinition? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two ParameterDefinition values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ParameterDefinition? left, ParameterDefinition? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ParameterDefinition? other) => other is not null && EqualityComparer<string>.Default.Equals(Id, other.Id) && EqualityComparer<LocalizedText>.Default.Equals(Name, other.Name) && EqualityComparer<double>.Default.Equals(Value, other.Value) && EqualityComparer<LocalizedText>.Default.Equals(Unit, other.Unit) && EqualityComparer<double?>.Default.Equals(Minimum, other.Minimum) && EqualityComparer<double?>.Default.Equals(Maximum, other.Maximum) && EqualityComparer<Provenance?>.Default.Equals(Provenance, other.Provenance);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParameterDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Value, Unit, Minimum, Maximum, Provenance);
}
