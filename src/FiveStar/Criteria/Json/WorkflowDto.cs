using System.Text.Json;

namespace FiveStar.Criteria.Json;

/// <summary>A plain RulesEngine workflow, as RulesEngine reads it.</summary>
internal sealed class WorkflowDto
{
    public string? WorkflowName { get; set; }

    public List<string>? WorkflowsToInject { get; set; }

    /// <summary>Gets or sets RulesEngine's obsolete spelling of <see cref="WorkflowsToInject"/>, which it still reads.</summary>
    public List<string>? WorkflowRulesToInject { get; set; }

    public JsonElement? RuleExpressionType { get; set; }

    public List<ScopedParamDto>? GlobalParams { get; set; }

    public List<RuleDto>? Rules { get; set; }
}
