namespace FiveStar.Criteria;

/// <summary>A named expression evaluated per village before the criteria that use it (RulesEngine's GlobalParams and LocalParams).</summary>
public sealed class ScopedParameter : IEquatable<ScopedParameter>
{
    /// <summary>Initializes a new instance of the <see cref="ScopedParameter"/> class.</summary>
    /// <param name="name">The name expressions use.</param>
    /// <param name="expression">The expression in RulesEngine's language.</param>
    internal ScopedParameter(string name, string expression)
    {
        Name = name;
        Expression = expression;
    }

    /// <summary>Gets the name expressions use.</summary>
    public string Name { get; }

    /// <summary>Gets the expression in RulesEngine's language.</summary>
    public string Expression { get; }

    /// <summary>Compares two ScopedParameter values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ScopedParameter? left, ScopedParameter? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two ScopedParameter values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ScopedParameter? left, ScopedParameter? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ScopedParameter? other) => other is not null && EqualityComparer<string>.Default.Equals(Name, other.Name) && EqualityComparer<string>.Default.Equals(Expression, other.Expression);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScopedParameter);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Expression);
}
