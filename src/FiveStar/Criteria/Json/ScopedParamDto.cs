namespace FiveStar.Criteria.Json;

/// <summary>A RulesEngine <c>ScopedParam</c>: a named expression (GlobalParams, LocalParams).</summary>
internal sealed class ScopedParamDto
{
    [MergeKey(ReplacesEntry = true)]
    public string? Name { get; set; }

    public string? Expression { get; set; }
}
