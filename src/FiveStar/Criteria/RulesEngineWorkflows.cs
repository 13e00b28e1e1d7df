using System.Text.Json;
using FiveStar.Criteria.Json;
using FiveStar.Resources;
using FiveStar.Text;

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

    public static CriteriaDocumentDto ToDocument(IReadOnlyList<WorkflowDto?> workflows, bool isArray, string file, SourceRef root, Language language, DiagnosticBag diagnostics)
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
                diagnostics.Add(sources[i], null, Localizer.Format(language, nameof(Messages.Read_WorkflowNull)));
                continue;
            }

            CheckExpressionType(workflow.RuleExpressionType, sources[i].Child("RuleExpressionType"), workflow.WorkflowName, Localizer.Format(language, nameof(Messages.Read_WhereWorkflow), workflow.WorkflowName), language, diagnostics);
            if (workflow.WorkflowsToInject is not null && workflow.WorkflowRulesToInject is not null)
            {
                diagnostics.Add(sources[i].Child("WorkflowRulesToInject"), workflow.WorkflowName, Localizer.Format(language, nameof(Messages.Read_InjectBothSpellings), workflow.WorkflowName));
            }

            injections[i] = [.. workflow.WorkflowsToInject ?? workflow.WorkflowRulesToInject ?? []];
            CriteriaReader.TagRules(workflow.Rules, sources[i], "Rules", workflow.WorkflowName, CriteriaFormat.RulesEngine, language, diagnostics);
            CheckRuleMembers(workflow.Rules, workflow.WorkflowName, language, diagnostics);
        }

        var expanded = new Injector(workflows, sources, injections, language, diagnostics).ExpandAll();
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
    public static void CheckEngineMembers(RuleDto rule, SourceRef source, string? owner, CriteriaFormat format, Language language, DiagnosticBag diagnostics)
    {
        var where = Localizer.Format(language, format == CriteriaFormat.RulesEngine ? nameof(Messages.Read_WhereWorkflowRule) : nameof(Messages.Read_WhereCategoryRule), rule.EffectiveId, owner);
        CheckExpressionType(rule.RuleExpressionType, source.Child("RuleExpressionType"), rule.EffectiveId, where, language, diagnostics);
        if (rule.WorkflowsToInject is { Count: > 0 })
        {
            diagnostics.Add(source.Child("WorkflowsToInject"), rule.EffectiveId, Localizer.Format(language, nameof(Messages.Read_RuleInjection), where));
        }

        CheckAction(rule.Actions?.OnSuccess, "OnSuccess", source, rule.EffectiveId, where, language, diagnostics);
        CheckAction(rule.Actions?.OnFailure, "OnFailure", source, rule.EffectiveId, where, language, diagnostics);
    }

    private static void CheckAction(ActionInfoDto? action, string member, SourceRef source, string? ruleId, string where, Language language, DiagnosticBag diagnostics)
    {
        if (action is null)
        {
            return;
        }

        var at = source.Child("Actions").Child(member);
        var context = action.Context ?? [];
        var message = action.Name switch
        {
            null or "" => Localizer.Format(language, nameof(Messages.Read_ActionNoName), member, where),
            "OutputExpression" => Localizer.Format(language, nameof(Messages.Read_ActionOutputExpression), member, where, Described(context, "expression", language)),
            "EvaluateRule" => Localizer.Format(language, nameof(Messages.Read_ActionEvaluateRule), member, where, Described(context, "ruleName", language), Described(context, "workflowName", language)),
            _ => Localizer.Format(language, nameof(Messages.Read_ActionCustom), member, where, action.Name),
        };
        diagnostics.Add(at, ruleId, message);
    }

    private static string Described(Dictionary<string, JsonElement> context, string key, Language language)
    {
        var found = context.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
        return found.Key is null ? Localizer.Format(language, nameof(Messages.Read_ContextMissing), key) : $"\"{(found.Value.ValueKind == JsonValueKind.String ? found.Value.GetString() : found.Value.GetRawText())}\"";
    }

    private static void CheckExpressionType(JsonElement? value, SourceRef source, string? id, string where, Language language, DiagnosticBag diagnostics)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null
            || (element.ValueKind == JsonValueKind.String && string.Equals(element.GetString(), "LambdaExpression", StringComparison.OrdinalIgnoreCase))
            || (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number) && number == 0))
        {
            return;
        }

        diagnostics.Add(source, id, Localizer.Format(language, nameof(Messages.Read_ExpressionTypeUnknown), element.GetRawText(), where));
    }

    private static void CheckRuleMembers(List<RuleDto>? rules, string? workflow, Language language, DiagnosticBag diagnostics)
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
                    var where = Localizer.Format(language, nameof(Messages.Read_WhereWorkflowRule), rule.EffectiveId, workflow);
                    diagnostics.Add(source.Child(member), rule.EffectiveId, Localizer.Format(language, nameof(Messages.Read_FiveStarMemberInWorkflow), where, member));
                }
            }

            CheckRuleMembers(rule.Rules, workflow, language, diagnostics);
        }
    }

    /// <summary>
    /// Follows <c>WorkflowsToInject</c> as RulesEngine does: a workflow's own rules, then each injected workflow's rules
    /// (with its own injections) in the order named. Unlike RulesEngine, a missing or cyclic injection, and a rule name that
    /// reaches one workflow twice, fail here at load rather than when the workflow first runs (or overflow the stack).
    /// </summary>
    private sealed class Injector(IReadOnlyList<WorkflowDto?> workflows, SourceRef[] sources, List<string?>[] injections, Language language, DiagnosticBag diagnostics)
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
                    diagnostics.Add(itemAt, workflow.WorkflowName, Localizer.Format(language, nameof(Messages.Read_InjectMissing), workflow.WorkflowName, name, NameSuggester.Hint(language, name ?? string.Empty, names)));
                    continue;
                }

                if (_state[target] == 1)
                {
                    var cycle = _path.Skip(_path.IndexOf(target)).Append(target).Select(i => $"\"{workflows[i]!.WorkflowName}\"");
                    diagnostics.Add(itemAt, workflow.WorkflowName, Localizer.Format(language, nameof(Messages.Read_InjectCycle), string.Join(" → ", cycle)));
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
                        var message = first == workflow.WorkflowName
                            ? Localizer.Format(language, nameof(Messages.Read_InjectTwiceOwn), id, from, workflow.WorkflowName)
                            : Localizer.Format(language, nameof(Messages.Read_InjectTwiceOther), id, from, workflow.WorkflowName, first);
                        diagnostics.Add(rule.Source ?? itemAt, id, message);
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
