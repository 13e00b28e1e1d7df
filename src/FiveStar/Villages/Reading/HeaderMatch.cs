namespace FiveStar.Villages.Reading;

/// <summary>What one header stands for.</summary>
/// <param name="Kind">Indicator, id, name, unknown, ambiguous or a scaled unit.</param>
/// <param name="Slot">The indicator's slot, or -1.</param>
/// <param name="Header">The header as the file has it.</param>
/// <param name="Unit">The unit the header gives in brackets when it is not the indicator's, else null.</param>
/// <param name="Candidates">The indicator ids an ambiguous header could mean, or the indicator of a unit mismatch.</param>
internal readonly record struct HeaderMatch(HeaderKind Kind, int Slot, string Header, string? Unit, IReadOnlyList<string> Candidates);
