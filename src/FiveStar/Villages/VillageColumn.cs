using FiveStar.Indicators;

namespace FiveStar.Villages;

/// <summary>A column of village data, with the type its values were found to have; gives a RulesEngine file its fields.</summary>
/// <param name="Name">The column name as the data spells it.</param>
/// <param name="Type">The type found in the data: number, boolean or text.</param>
public sealed record VillageColumn(string Name, IndicatorType Type);
