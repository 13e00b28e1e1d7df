using System.Text.Json;
using System.Text.Json.Serialization;

namespace FiveStar.Criteria.Json;

/// <summary>A criterion in RulesEngine's rule shape, plus FiveStar's own members (names, points, provenance).</summary>
internal sealed class RuleDto
{
    [MergeReplaces(nameof(RuleName))]
    public string? Id { get; set; }

    public string? RuleName { get; set; }

    public LocalizedTextDto? Name { get; set; }

    public LocalizedTextDto? Description { get; set; }

    [MergeLogic, MergeReplaces(nameof(Operator), nameof(Rules))]
    public string? Expression { get; set; }

    public JsonElement? RuleExpressionType { get; set; }

    [MergeLogic, MergeWhole]
    public List<ScopedParamDto>? LocalParams { get; set; }

    [MergeLogic, MergeReplaces(nameof(Expression))]
    public string? Operator { get; set; }

    [MergeLogic]
    public List<RuleDto>? Rules { get; set; }

    public LocalizedTextDto? ErrorMessage { get; set; }

    public string? SuccessEvent { get; set; }

    public bool? Enabled { get; set; }

    public Dictionary<string, JsonElement>? Properties { get; set; }

    public RuleActionsDto? Actions { get; set; }

    public List<string>? WorkflowsToInject { get; set; }

    public double? Points { get; set; }

    public bool? Required { get; set; }

    public ProvenanceDto? Provenance { get; set; }

    /// <summary>Gets or sets where the rule was read; set after deserialization, never from JSON.</summary>
    [JsonIgnore]
    public SourceRef? Source { get; set; }

    /// <summary>Gets or sets each document's entry for this object, base first, as merging by id lays them; never from JSON.</summary>
    [JsonIgnore]
    public List<SourceRef>? Layers { get; set; }

    /// <summary>Gets the criterion id: <c>id</c>, or RulesEngine's <c>RuleName</c>.</summary>
    [JsonIgnore]
    [MergeKey]
    public string? EffectiveId => Id ?? RuleName;

    /// <summary>Gets the workflow a RulesEngine <c>WorkflowsToInject</c> brought this rule from; set on the injected copy only.</summary>
    [JsonIgnore]
    public string? InjectedFrom { get; private set; }

    /// <summary>A copy of the rule as another workflow's <c>WorkflowsToInject</c> brings it in: same logic, same source, marked with its own workflow.</summary>
    public RuleDto InjectedCopy(string fromWorkflow)
    {
        var copy = (RuleDto)MemberwiseClone();
        copy.InjectedFrom ??= fromWorkflow;
        return copy;
    }
}
