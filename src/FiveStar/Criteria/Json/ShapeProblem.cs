namespace FiveStar.Criteria.Json;

/// <summary>A member the file gives that its model cannot read: unknown (<see cref="Expected"/> null), or of the wrong type.</summary>
/// <param name="JsonPath">The JSON path of the member or array element, as written.</param>
/// <param name="Member">The member's name as written; null for an array element.</param>
/// <param name="Owner">The model of the object the member is in; null for an array element.</param>
/// <param name="Suggestion">For an unknown member, the nearest member of the owner, spelt as the file spells members.</param>
/// <param name="Expected">For a value of the wrong type, what was expected.</param>
internal sealed record ShapeProblem(string JsonPath, string? Member, Type? Owner, string? Suggestion, ShapeChecker.Shape? Expected);
