namespace FiveStar.Villages;

/// <summary>
/// Gives the enumeration value an enum member stands for, when its name does not follow the convention
/// (<c>Competent</c> stands for <c>competent</c>, <c>VeryGood</c> for <c>very_good</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class VillageValueAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="VillageValueAttribute"/> class.</summary>
    /// <param name="valueId">The value id of the indicator's enumeration, such as <c>excellent</c>.</param>
    public VillageValueAttribute(string valueId)
    {
        ArgumentException.ThrowIfNullOrEmpty(valueId);
        ValueId = valueId;
    }

    /// <summary>Gets the value id.</summary>
    public string ValueId { get; }
}
