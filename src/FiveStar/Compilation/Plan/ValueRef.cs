namespace FiveStar.Compilation.Plan;

/// <summary>Where an explanation finds a named value: a reported slot, a derived indicator, or a parameter constant.</summary>
/// <param name="Id">The indicator or parameter id.</param>
/// <param name="Slot">The reported slot, or -1.</param>
/// <param name="DerivedIndex">The derived indicator's index, or -1.</param>
/// <param name="Constant">The parameter's value, when it is a parameter.</param>
internal sealed record ValueRef(string Id, int Slot, int DerivedIndex, double? Constant);
