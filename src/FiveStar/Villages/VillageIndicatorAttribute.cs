namespace FiveStar.Villages;

/// <summary>
/// Gives the indicator a property of a village class holds, when its name does not follow the convention
/// (<c>CollectiveIncomeYuan</c> holds <c>collective_income_yuan</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class VillageIndicatorAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="VillageIndicatorAttribute"/> class.</summary>
    /// <param name="indicatorId">The indicator id, such as <c>sanitary_toilet_coverage_pct</c>.</param>
    public VillageIndicatorAttribute(string indicatorId)
    {
        ArgumentException.ThrowIfNullOrEmpty(indicatorId);
        IndicatorId = indicatorId;
    }

    /// <summary>Gets the indicator id.</summary>
    public string IndicatorId { get; }
}
