using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace FiveStar.Criteria.Json;

/// <summary>One member of a JSON model type as merging sees it: its accessors from the source-generated metadata and its merge attributes.</summary>
internal sealed class MergeMember
{
    private readonly Func<object, object?> _get;
    private readonly Action<object, object?> _set;

    /// <summary>Initializes a new instance of the <see cref="MergeMember"/> class.</summary>
    /// <param name="owner">The type the member belongs to.</param>
    /// <param name="property">The member's metadata.</param>
    /// <exception cref="InvalidOperationException">The member cannot be merged, or its merge is not declared.</exception>
    public MergeMember(Type owner, JsonPropertyInfo property)
    {
        Property = property.AttributeProvider as PropertyInfo
            ?? throw new InvalidOperationException($"{owner.Name}.{property.Name}: the metadata names no property.");
        _get = property.Get ?? throw new InvalidOperationException($"{owner.Name}.{Name} cannot be read.");
        _set = property.Set ?? throw new InvalidOperationException($"{owner.Name}.{Name} cannot be set, so a merged entry could not hold it.");
        Replaces = Property.GetCustomAttribute<MergeReplacesAttribute>()?.Members ?? [];
        IsLogic = Property.IsDefined(typeof(MergeLogicAttribute));
        foreach (var replaced in Replaces)
        {
            if (owner.GetProperty(replaced) is null)
            {
                throw new InvalidOperationException($"{owner.Name}.{Name} replaces {replaced}, which {owner.Name} does not have.");
            }
        }

        ElementType = ModelElementType(Property.PropertyType);
        if (ElementType is null || Property.IsDefined(typeof(MergeWholeAttribute)))
        {
            Kind = MergeKind.Replaced;
        }
        else if (MergePlan.KeyProperty(ElementType) is not null)
        {
            Kind = MergeKind.MergedById;
        }
        else
        {
            // A list of objects merges either by id or whole; which one is a decision of the format, never a default.
            throw new InvalidOperationException($"{owner.Name}.{Name} is a list of {ElementType.Name}: mark the id of {ElementType.Name} [MergeKey] or the member [MergeWhole].");
        }
    }

    /// <summary>Gets the C# property.</summary>
    public PropertyInfo Property { get; }

    /// <summary>Gets the C# name of the member.</summary>
    public string Name => Property.Name;

    /// <summary>Gets how the member is merged.</summary>
    public MergeKind Kind { get; }

    /// <summary>Gets the type of the elements, for a list of objects of the JSON model; otherwise <see langword="null"/>.</summary>
    public Type? ElementType { get; }

    /// <summary>Gets the members whose base values are not inherited when the extending document writes this one.</summary>
    public IReadOnlyList<string> Replaces { get; }

    /// <summary>Gets a value indicating whether the member holds the entry's logic (<see cref="MergeLogicAttribute"/>).</summary>
    public bool IsLogic { get; }

    public object? Get(object item) => _get(item);

    public void Set(object item, object? value) => _set(item, value);

    /// <summary>The element type of a list of objects of the JSON model (not of strings or numbers), or <see langword="null"/>.</summary>
    private static Type? ModelElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)
        && type.GetGenericArguments()[0] is { IsClass: true } element && element != typeof(string)
            ? element
            : null;
}
