using System.Text.Json;
using FiveStar.Compilation;
using FiveStar.Criteria.Json;

namespace FiveStar.Criteria;

/// <summary>
/// Turns the workflows of a RulesEngine file into a self-contained document, as RulesEngine 6.0.1 reads them: each workflow a
/// category, each rule a criterion, <c>WorkflowsToInject</c> appending the injected workflows' rules. Members of RulesEngine's
/// model that FiveStar cannot give their meaning, and FiveStar's own criterion members, are load errors.
/// </summary>
internal static class RulesEngineWorkflows
{
    /// <summary>FiveStar's criterion members, which RulesEngine's <c>Rule</c> does not have.</summary>
    private static readonly (string Member, Func<RuleDto, bool> IsSet)[] FiveStarOnlyMembers =
    [
        ("id", r => r.Id is not null),
        ("name", r => r.Name is not null),
        ("description", r => r.Description is not null),
        ("points", r => r.Points is not null),
        ("required", r => r.Required is not null),
        ("provenance", r => r.Provenance is not null),
    ];

    public static CriteriaDocumentDto ToDocument(IReadOnlyList<WorkflowDto?> workflows, bool isArray, string file, SourceRef root, DiagnosticBag diagnostics)
    {
        var sources = new SourceRef[workflows.Count];
        var injections = new List<string?>[workflows.Count];
        for (var i = 0; i < workflows.Count; i++)
        {
            sources[i] = isArray ? root with { JsonPath = $"$[{i}]" } : root;
            injections[i] = [];
            var workflow = workflows[i];
            if (workflow is null)
            {
                diagnostics.Add(sources[i], null, "the workflow is null; give an object with WorkflowName and Rules");
                continue;
            }

            CheckExpressionType(workflow.RuleExpressionType, sources[i].Child("RuleExpressionType"), workflow.WorkflowName, $"workflow \"{workflow.WorkflowName}\"", diagnostics);
            if (workflow.WorkflowsToInject is not null && workflow.WorkflowRulesToInject is not null)
            {
                diagnostics.Add(sources[i].Child("WorkflowRulesToInject"), workflow.WorkflowName, $"workflow \"{workflow.WorkflowName}\" gives both WorkflowsToInject and its obsolete spelling WorkflowRulesToInject; keep WorkflowsToInject only");
            }

            injections[i] = [.. workflow.WorkflowsToInject ?? workflow.WorkflowRulesToInject ?? []];
            CriteriaReader.TagRules(workflow.Rules, sources[i], "Rules", workflow.WorkflowName, CriteriaFormat.RulesEngine, diagnostics);
            CheckRuleMembers(workflow.Rules, workflow.WorkflowName, diagnostics);
        }

        var expanded = new Injector(workflows, sources, injections, diagnostics).ExpandAll();
        var categories = new List<CategoryDto>();
        for (var i = 0; i < workflows.Count; i++)
        {
            if (workflows[i] is not { } workflow)
            {
                continue;
            }

            categories.Add(new CategoryDto
            {
                Id = workflow.WorkflowName,
                Name = new LocalizedTextDto { Zh = workflow.WorkflowName, En = workflow.WorkflowName },
                GlobalParams = workflow.GlobalParams,
                Rules = expanded[i],
                Source = sources[i],
            });
        }

        var name = Path.GetFileNameWithoutExtension(file);
        return new CriteriaDocumentDto
        {
            SchemaVersion = "1.0",
            Id = name,
            Name = new LocalizedTextDto { Zh = name, En = name },
            Categories = categories,
        };
    }

    /// <summary>
    /// Checks a rule's RulesEngine members that FiveStar does not evaluate: a <c>RuleExpressionType</c> other than
    /// LambdaExpression, a rule-level <c>WorkflowsToInject</c> and an action to run are load errors. Used for both formats.
    /// </summary>
    public static void CheckEngineMembers(RuleDto rule, SourceRef source, string? owner, CriteriaFormat format, DiagnosticBag diagnostics)
    {
        var where = $"rule \"{rule.EffectiveId}\" of {(format == CriteriaFormat.RulesEngine ? "workflow" : "category")} \"{owner}\"";
        CheckExpressionType(rule.RuleExpressionType, source.Child("RuleExpressionType"), rule.EffectiveId, where, diagnostics);
        if (rule.WorkflowsToInject is { Count: > 0 })
        {
            diagnostics.Add(source.Child("WorkflowsToInject"), rule.EffectiveId, $"{where} has WorkflowsToInject; RulesEngine 6.0.1 reads it on a rule but never runs the injected rules there (the rule only errors). Put WorkflowsToInject on the workflow, or give the rule an Operator with nested Rules");
        }

        CheckAction(rule.Actions?.OnSuccess, "OnSuccess", source, rule.EffectiveId, where, diagnostics);
        CheckAction(rule.Actions?.OnFailure, "OnFailure", source, rule.EffectiveId, where, diagnostics);
    }

    private static void CheckAction(ActionInfoDto? action, string member, SourceRef source, string? ruleId, string where, DiagnosticBag diagnostics)
    {
        if (action is null)
        {
            return;
        }

        var at = source.Child("Actions").Child(member);
        var context = action.Context ?? [];
        var what = action.Name switch
        {
            null or "" => "names no action",
            "OutputExpression" => $"runs RulesEngine's OutputExpression action ({Described(context, "expression")}), whose output RulesEngine keeps beside the rule's result without changing it; FiveStar rates whether rules pass and computes no action output. Remove Actions; if the rating depends on that value, write it as a LocalParams entry the Expression uses",
            "EvaluateRule" => $"runs RulesEngine's EvaluateRule action (rule {Described(context, "ruleName")} of workflow {Described(context, "workflowName")}), which RulesEngine reports beside the rule's result without changing it; FiveStar does not chain rules. Remove Actions; if the star depends on both rules, combine them with an Operator and nested Rules, or with the workflow's WorkflowsToInject",
            _ => $"runs action \"{action.Name}\", a custom action only a RulesEngine host registers (ReSettings.CustomActions); FiveStar runs no host code. Remove Actions",
        };
        diagnostics.Add(at, ruleId, $"Actions.{member} of {where} {what}");
    }

    private static string Described(Dictionary<string, JsonElement> context, string key)
    {
        var found = context.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
        return found.Key is null ? $"no {key}" : $"\"{(found.Value.ValueKind == JsonValueKind.String ? found.Value.GetString() : found.Value.GetRawText())}\"";
    }

    private static void CheckExpressionType(JsonElement? value, SourceRef source, string? id, string where, DiagnosticBag diagnostics)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null
            || (element.ValueKind == JsonValueKind.String && string.Equals(element.GetString(), "LambdaExpression", StringComparison.OrdinalIgnoreCase))
            || (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number) && number == 0))
        {
            return;
        }

        diagnostics.Add(source, id, $"RuleExpressionType {element.GetRawText()} of {where} is not one RulesEngine 6.0.1 has; its only type is LambdaExpression (0), the default. Remove the member or write \"LambdaExpression\"");
    }

    private static void CheckRuleMembers(List<RuleDto>? rules, string? workflow, DiagnosticBag diagnostics)
    {
        foreach (var rule in rules ?? [])
        {
            if (rule?.Source is not { } source)
            {
                continue;
            }

            foreach (var (member, isSet) in FiveStarOnlyMembers)
            {
                if (isSet(rule))
                {
                    diagnostics.Add(source.Child(member), rule.EffectiveId, $"rule \"{rule.EffectiveId}\" of workflow \"{workflow}\" has \"{member}\", a FiveStar criterion member that RulesEngine's Rule does not have; a RulesEngine workflow file is read exactly as RulesEngine reads it. Remove it (the rule's id is its RuleName), or turn the file into a FiveStar criteria document to use names, points and provenance");
                }
            }

            CheckRuleMembers(rule.Rules, workflow, diagnostics);
        }
    }

    /// <summary>
    /// Follows <c>WorkflowsToInject</c> as RulesEngine does: a workflow's own rules, then each injected workflow's rules
    /// (with its own injections) in the order named. Unlike RulesEngine, a missing or cyclic injection, and a rule name that
    /// reaches one workflow twice, fail here at load rather than when the workflow first runs (or overflow the stack).
    /// </summary>
    private sealed class Injector(IReadOnlyList<WorkflowDto?> workflows, SourceRef[] sources, List<string?>[] injections, DiagnosticBag diagnostics)
    {
        private readonly List<RuleDto>?[] _expanded = new List<RuleDto>?[workflows.Count];
        private readonly int[] _state = new int[workflows.Count];
        private readonly Dictionary<string, int> _byName = IndexByName(workflows);
        private readonly List<int> _path = [];

        public List<RuleDto>?[] ExpandAll()
        {
            for (var i = 0; i < workflows.Count; i++)
            {
                Expand(i);
            }

            return _expanded;
        }

        private static Dictionary<string, int> IndexByName(IReadOnlyList<WorkflowDto?> workflows)
        {
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < workflows.Count; i++)
            {
                if (workflows[i]?.WorkflowName is { } name)
                {
                    byName.TryAdd(name, i);
                }
            }

            return byName;
        }

        private List<RuleDto> Expand(int index)
        {
            if (_expanded[index] is { } done)
            {
                return done;
            }

            var workflow = workflows[index];
            if (workflow is null || injections[index].Count == 0)
            {
                return _expanded[index] = workflow?.Rules ?? [];
            }

            var own = workflow.Rules;

            _state[index] = 1;
            _path.Add(index);
            var rules = new List<RuleDto>(own ?? []);
            var origins = rules.Where(r => r?.EffectiveId is not null).GroupBy(r => r.EffectiveId!, StringComparer.Ordinal).ToDictionary(g => g.Key, _ => workflow.WorkflowName, StringComparer.Ordinal);
            var at = sources[index].Child(workflow.WorkflowsToInject is null && workflow.WorkflowRulesToInject is not null ? "WorkflowRulesToInject" : "WorkflowsToInject");
            var list = injections[index];
            for (var n = 0; n < list.Count; n++)
            {
                var name = list[n];
                var itemAt = at with { JsonPath = $"{at.JsonPath}[{n}]" };
                if (string.IsNullOrEmpty(name) || !_byName.TryGetValue(name, out var target))
                {
                    var names = _byName.Keys.Where(k => k != workflow.WorkflowName);
                    diagnostics.Add(itemAt, workflow.WorkflowName, $"workflow \"{workflow.WorkflowName}\" injects \"{name}\", which is not a workflow of this file (names are case-sensitive, as in RulesEngine); give the WorkflowName of a workflow in the file{NameSuggester.Hint(name ?? string.Empty, names)}");
                    continue;
                }

                if (_state[target] == 1)
                {
                    var cycle = _path.Skip(_path.IndexOf(target)).Append(target).Select(i => $"\"{workflows[i]!.WorkflowName}\"");
                    diagnostics.Add(itemAt, workflow.WorkflowName, $"WorkflowsToInject forms a cycle: {string.Join(" → ", cycle)} (RulesEngine would recurse until the stack overflows); remove one of these injections");
                    continue;
                }

                foreach (var rule in Expand(target))
                {
                    if (rule?.EffectiveId is not { } id)
                    {
                        continue;
                    }

                    var from = rule.InjectedFrom ?? workflows[target]!.WorkflowName!;
                    if (origins.TryGetValue(id, out var first))
                    {
                        var earlier = first == workflow.WorkflowName ? $"workflow \"{workflow.WorkflowName}\" has a rule of that name itself" : $"it already comes from workflow \"{first}\"";
                        diagnostics.Add(rule.Source ?? itemAt, id, $"rule \"{id}\" of workflow \"{from}\" reaches workflow \"{workflow.WorkflowName}\" twice through WorkflowsToInject: {earlier} (RulesEngine fails such a workflow when it first runs it, since rule names key its results). Rename one of the rules, or inject the workflow once");
                        continue;
                    }

                    origins[id] = from;
                    rules.Add(rule.InjectedCopy(from));
                }
            }

            _path.RemoveAt(_path.Count - 1);
            _state[index] = 2;
            return _expanded[index] = rules;
        }
    }
}
