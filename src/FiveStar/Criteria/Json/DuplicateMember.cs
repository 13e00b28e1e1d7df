namespace FiveStar.Criteria.Json;

/// <summary>A member given twice in one JSON object.</summary>
/// <param name="JsonPath">The JSON path of the member.</param>
/// <param name="Name">The name as written the second time.</param>
/// <param name="FirstName">The name as written the first time (it may differ in letter case).</param>
/// <param name="FirstLine">The 1-based line of the first.</param>
/// <param name="Line">The 1-based line of the second.</param>
/// <param name="Column">The 1-based column of the second.</param>
internal sealed record DuplicateMember(string JsonPath, string Name, string FirstName, int FirstLine, int Line, int Column);
