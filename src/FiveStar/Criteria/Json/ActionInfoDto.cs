using System.Text.Json;

namespace FiveStar.Criteria.Json;

/// <summary>RulesEngine's <c>ActionInfo</c>: an action's registered name and the context it is given.</summary>
internal sealed class ActionInfoDto
{
    public string? Name { get; set; }

    public Dictionary<string, JsonElement>? Context { get; set; }
}
