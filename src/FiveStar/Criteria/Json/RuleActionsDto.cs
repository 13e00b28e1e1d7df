namespace FiveStar.Criteria.Json;

/// <summary>RulesEngine's <c>RuleActions</c>: the action to run when a rule succeeds, and when it fails.</summary>
internal sealed class RuleActionsDto
{
    public ActionInfoDto? OnSuccess { get; set; }

    public ActionInfoDto? OnFailure { get; set; }
}
