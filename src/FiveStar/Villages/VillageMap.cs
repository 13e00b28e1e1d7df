using System.Linq.Expressions;
using System.Reflection;

namespace FiveStar.Villages;

/// <summary>
/// An explicit map from the properties of a village class to indicators, for what the convention and the attributes do
/// not say: <c>rater.Bind&lt;Village&gt;(map =&gt; map.Id(v =&gt; v.Code).Indicator(v =&gt; v.Toilets, "sanitary_toilet_coverage_pct"))</c>.
/// What the map does not name is bound by convention and attributes; everything is checked when the binding is built.
/// </summary>
/// <typeparam name="T">The village class.</typeparam>
public sealed class VillageMap<T>
{
    internal Dictionary<PropertyInfo, string> Indicators { get; } = [];

    internal HashSet<PropertyInfo> Ignored { get; } = [];

    internal HashSet<string> NotProvidedIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal PropertyInfo? IdProperty { get; private set; }

    internal PropertyInfo? NameProperty { get; private set; }

    internal List<(string Method, string Expression)> NotProperties { get; } = [];

    /// <summary>Names the property that holds the village id.</summary>
    /// <typeparam name="TValue">The property's type: string, int, long or Guid.</typeparam>
    /// <param name="property">The property, such as <c>v =&gt; v.Code</c>.</param>
    /// <returns>The map.</returns>
    public VillageMap<T> Id<TValue>(Expression<Func<T, TValue>> property)
    {
        IdProperty = PropertyOf(property, nameof(Id)) ?? IdProperty;
        return this;
    }

    /// <summary>Names the property that holds the village name.</summary>
    /// <param name="property">The property, such as <c>v =&gt; v.Title</c>.</param>
    /// <returns>The map.</returns>
    public VillageMap<T> Name(Expression<Func<T, string?>> property)
    {
        NameProperty = PropertyOf(property, nameof(Name)) ?? NameProperty;
        return this;
    }

    /// <summary>Maps a property to an indicator.</summary>
    /// <typeparam name="TValue">The property's type.</typeparam>
    /// <param name="property">The property, such as <c>v =&gt; v.Toilets</c>.</param>
    /// <param name="indicatorId">The indicator id, such as <c>sanitary_toilet_coverage_pct</c>.</param>
    /// <returns>The map.</returns>
    public VillageMap<T> Indicator<TValue>(Expression<Func<T, TValue>> property, string indicatorId)
    {
        ArgumentException.ThrowIfNullOrEmpty(indicatorId);
        if (PropertyOf(property, nameof(Indicator)) is { } found)
        {
            Indicators[found] = indicatorId;
        }

        return this;
    }

    /// <summary>Leaves a property out of the binding: it holds no indicator.</summary>
    /// <typeparam name="TValue">The property's type.</typeparam>
    /// <param name="property">The property, such as <c>v =&gt; v.UpdatedAt</c>.</param>
    /// <returns>The map.</returns>
    public VillageMap<T> Ignore<TValue>(Expression<Func<T, TValue>> property)
    {
        if (PropertyOf(property, nameof(Ignore)) is { } found)
        {
            Ignored.Add(found);
        }

        return this;
    }

    /// <summary>Declares an indicator the class does not hold: every village bound through the map lacks it.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <returns>The map.</returns>
    public VillageMap<T> NotProvided(string indicatorId)
    {
        ArgumentException.ThrowIfNullOrEmpty(indicatorId);
        NotProvidedIds.Add(indicatorId);
        return this;
    }

    private PropertyInfo? PropertyOf(LambdaExpression expression, string method)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        if (body is MemberExpression { Member: PropertyInfo property } member && member.Expression == expression.Parameters[0])
        {
            return property;
        }

        NotProperties.Add((method, expression.ToString()));
        return null;
    }
}
