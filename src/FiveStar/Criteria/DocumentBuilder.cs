using System.Globalization;
using FiveStar.Criteria.Json;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Resources;

namespace FiveStar.Criteria;

/// <summary>Validates a merged criteria document and builds its immutable model, reporting every problem with its place.</summary>
internal sealed class DocumentBuilder(CriteriaLoaderOptions options, DiagnosticBag diagnostics, TimeProvider timeProvider)
{
    private int _criteriaCount;
    private long _expressionLength;
    private string? _document;

    public CriteriaDocument? Build(CriteriaDocumentDto dto, SourceRef root, CriteriaFormat format, IReadOnlyList<string> extendsChain)
    {
        _document = root.File;
        var strictIds = format == CriteriaFormat.FiveStar;
        if (strictIds)
        {
            if (string.IsNullOrWhiteSpace(dto.SchemaVersion))
            {
                diagnostics.Add(root, null, Localizer.Format(options.Language, nameof(Messages.Build_SchemaVersionMissing)));
            }
            else if (!dto.SchemaVersion.StartsWith("1.", StringComparison.Ordinal))
            {
                diagnostics.Add(root.Child("schemaVersion"), null, Localizer.Format(options.Language, nameof(Messages.Build_SchemaVersionUnsupported), dto.SchemaVersion));
            }
        }

        if (string.IsNullOrWhiteSpace(dto.Id))
        {
            diagnostics.Add(root, null, Localizer.Format(options.Language, nameof(Messages.Build_DocumentIdMissing)));
        }

        var indicators = BuildIndicators(dto.Indicators, root);
        var parameters = BuildParameters(dto.Parameters, root);
        var globals = BuildScoped(dto.GlobalParams, root, "globalParams", null);
        var categories = BuildCategories(dto.Categories, root, strictIds);
        var vetoes = BuildVetoes(dto.Vetoes, root, categories);
        var level = BuildLevel(dto.Level, root.Child("level"), categories.Count);
        CheckVetoCaps(vetoes, level, categories.Count);
        var missing = MissingValuePolicy.NotMet;
        if (dto.MissingValues is not null)
        {
            missing = TextParsing.Normalize(dto.MissingValues) switch
            {
                "NOTMET" => MissingValuePolicy.NotMet,
                "MET" => MissingValuePolicy.Met,
                _ => Invalid(root.Child("missingValues"), null, Localizer.Format(options.Language, nameof(Messages.Build_MissingValuesUnknown), dto.MissingValues), MissingValuePolicy.NotMet),
            };
        }

        if (categories.Count > 64)
        {
            // Awarded stars and prerequisites are kept as bits of one 64-bit mask per village.
            diagnostics.Add(root.Child("categories"), null, Localizer.Format(options.Language, nameof(Messages.Build_TooManyCategories), categories.Count));
        }

        if (_expressionLength > options.MaxTotalExpressionLength)
        {
            diagnostics.Add(root, null, Localizer.Format(options.Language, nameof(Messages.Load_TotalExpressionLength), _expressionLength, options.MaxTotalExpressionLength));
        }

        if (_criteriaCount > options.MaxCriteria)
        {
            diagnostics.Add(root, null, Localizer.Format(options.Language, nameof(Messages.Build_TooManyCriteria), _criteriaCount, options.MaxCriteria));
        }

        return new CriteriaDocument
        {
            Id = dto.Id ?? string.Empty,
            Name = TextParsing.ToText(dto.Name, dto.Id),
            Region = dto.Region,
            Version = dto.Version,
            Period = BuildPeriod(dto.Period, root.Child("period")),
            Format = format,
            Source = root.File,
            Extends = extendsChain,
            Indicators = indicators,
            Parameters = parameters,
            GlobalParams = globals,
            Categories = categories,
            Vetoes = vetoes,
            Level = level,
            MissingValues = missing,
        };
    }

    public IReadOnlyList<IndicatorDefinition> BuildIndicators(List<IndicatorDto>? items, SourceRef root, string? declaredBy = null)
    {
        var result = new List<IndicatorDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = dto?.Source ?? root.Item("indicators", i);
            if (dto is null || !TextParsing.IsIdentifier(dto.Id))
            {
                diagnostics.Add(source.Child("id"), dto?.Id, Localizer.Format(options.Language, nameof(Messages.Build_IndicatorIdInvalid), dto?.Id));
                continue;
            }

            if (!seen.Add(dto.Id!))
            {
                diagnostics.Add(source.Child("id"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_IndicatorDeclaredTwice), dto.Id));
                continue;
            }

            var type = ParseIndicatorType(dto, source);
            if (dto.Expression is not null)
            {
                CheckExpressionLength(dto.Expression, source.Child("expression"), dto.Id);
            }

            if (dto.Min is { } min && dto.Max is { } max && min > max)
            {
                diagnostics.Add(source.Child("min"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_IndicatorRangeEmpty), dto.Id, min, max));
            }

            if (type == IndicatorType.Enumeration && (dto.Values is null || dto.Values.Count == 0))
            {
                diagnostics.Add(source.Child("values"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_EnumerationNoValues), dto.Id));
            }

            var values = new List<EnumerationValue>();
            for (var v = 0; v < (dto.Values?.Count ?? 0); v++)
            {
                var value = dto.Values![v];
                if (string.IsNullOrWhiteSpace(value?.Id))
                {
                    diagnostics.Add(source.Item("values", v), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_EnumerationValueNoId)));
                    continue;
                }

                values.Add(new EnumerationValue(value.Id, TextParsing.ToText(value.Name, value.Id)));
            }

            if (TextParsing.IsEmpty(dto.Name))
            {
                diagnostics.Add(source, dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_IndicatorNoName), dto.Id));
            }

            if (dto.Expression is not null)
            {
                CheckExpressionLength(dto.Expression, source.Child("expression"), dto.Id);
            }

            result.Add(new IndicatorDefinition
            {
                Id = dto.Id!,
                Name = TextParsing.ToText(dto.Name, dto.Id),
                Type = type,
                Unit = TextParsing.ToText(dto.Unit),
                Minimum = dto.Min,
                Maximum = dto.Max,
                Required = dto.Required ?? false,
                Values = values,
                Expression = dto.Expression,
                DeclaredBy = declaredBy,
            });
        }

        return result;
    }

    private IndicatorType ParseIndicatorType(IndicatorDto dto, SourceRef source) => dto.Type is null ? IndicatorType.Number : TextParsing.Normalize(dto.Type) switch
    {
        "NUMBER" => IndicatorType.Number,
        "INTEGER" or "INT" => IndicatorType.WholeNumber,
        "BOOLEAN" or "BOOL" => IndicatorType.Boolean,
        "PERCENT" => IndicatorType.Percent,
        "MONEY" => IndicatorType.Money,
        "ENUMERATION" or "ENUM" => IndicatorType.Enumeration,
        _ => Invalid(source.Child("type"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_IndicatorTypeUnknown), dto.Id, dto.Type, IdSuggestion.Hint(options.Language, dto.Type, ["number", "integer", "boolean", "percent", "money", "enumeration"])), IndicatorType.Number),
    };

    public List<ParameterDefinition> BuildParameters(List<ParameterDto>? items, SourceRef root)
    {
        var result = new List<ParameterDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = dto?.Source ?? root.Item("parameters", i);
            if (dto is null || !TextParsing.IsIdentifier(dto.Id))
            {
                diagnostics.Add(source.Child("id"), dto?.Id, Localizer.Format(options.Language, nameof(Messages.Build_ParameterIdInvalid), dto?.Id));
                continue;
            }

            if (!seen.Add(dto.Id!))
            {
                diagnostics.Add(source.Child("id"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_ParameterDeclaredTwice), dto.Id));
                continue;
            }

            if (dto.Value is not { } value || !double.IsFinite(value))
            {
                diagnostics.Add(source.Child("value"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_ParameterNoValue), dto.Id));
                continue;
            }

            if ((dto.Min is { } min && value < min) || (dto.Max is { } max && value > max))
            {
                diagnostics.Add(source.Child("value"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_ThresholdOutOfRange), dto.Id, Format(value), Format(dto.Min), Format(dto.Max)));
            }

            result.Add(new ParameterDefinition(dto.Id!, TextParsing.ToText(dto.Name, dto.Id), value, TextParsing.ToText(dto.Unit), dto.Min, dto.Max, BuildProvenance(dto.Provenance, source.Child("provenance"), dto.Id))
            {
                Trail = Trail(dto.Layers, dto.Source, root),
            });
        }

        return result;
    }

    private List<ScopedParameter> BuildScoped(List<ScopedParamDto>? items, SourceRef parent, string member, string? ownerId)
    {
        var result = new List<ScopedParameter>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = parent.Item(member, i);
            if (dto is null || !TextParsing.IsIdentifier(dto.Name))
            {
                diagnostics.Add(source.Child("name"), ownerId, Localizer.Format(options.Language, nameof(Messages.Build_ScopedNameInvalid), member, dto?.Name));
                continue;
            }

            if (!seen.Add(dto.Name!))
            {
                diagnostics.Add(source.Child("name"), ownerId, $"{member} declares \"{dto.Name}\" twice");
                continue;
            }

            if (string.IsNullOrWhiteSpace(dto.Expression))
            {
                diagnostics.Add(source.Child("expression"), ownerId, Localizer.Format(options.Language, nameof(Messages.Build_ScopedNoExpression), member, dto.Name));
                continue;
            }

            CheckExpressionLength(dto.Expression, source.Child("expression"), ownerId);
            result.Add(new ScopedParameter(dto.Name!, dto.Expression));
        }

        return result;
    }

    private List<CategoryDefinition> BuildCategories(List<CategoryDto>? items, SourceRef root, bool strictIds)
    {
        var result = new List<CategoryDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = dto?.Source ?? root.Item("categories", i);
            if (dto is null || string.IsNullOrWhiteSpace(dto.Id) || (strictIds && !TextParsing.IsIdentifier(dto.Id)))
            {
                diagnostics.Add(source.Child("id"), dto?.Id, Localizer.Format(options.Language, nameof(Messages.Build_CategoryIdInvalid), dto?.Id));
                continue;
            }

            if (!seen.Add(dto.Id))
            {
                diagnostics.Add(source.Child("id"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_CategoryDeclaredTwice), dto.Id));
                continue;
            }

            if (dto.Enabled == false)
            {
                continue;
            }

            if (TextParsing.IsEmpty(dto.Name))
            {
                diagnostics.Add(source, dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_CategoryNoName), dto.Id));
            }

            var criteria = BuildRules(dto.Rules, source, "rules", dto.Id, 1);
            if (!criteria.Any(c => c.Enabled))
            {
                diagnostics.Add(source, dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_CategoryNoCriteria), dto.Id));
            }

            result.Add(new CategoryDefinition
            {
                Id = dto.Id,
                Name = TextParsing.ToText(dto.Name, dto.Id),
                Description = TextParsing.ToText(dto.Description),
                Plugin = dto.Plugin,
                Award = BuildAward(dto.Award, source.Child("award"), dto.Id, criteria),
                Requires = dto.Requires ?? [],
                RequiresProvenance = BuildProvenance(dto.RequiresProvenance, source.Child("requiresProvenance"), dto.Id),
                GlobalParams = BuildScoped(dto.GlobalParams, source, "globalParams", dto.Id),
                Criteria = criteria,
                Source = source,
                Trail = Trail(dto.Layers, dto.Source, root),
            });
        }

        CheckRequires(result);
        return result;
    }

    public List<CriterionDefinition> BuildRules(List<RuleDto>? items, SourceRef parent, string member, string categoryId, int depth)
    {
        var result = new List<CriterionDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = dto?.Source ?? parent.Item(member, i);
            _criteriaCount++;
            var id = dto?.EffectiveId;
            if (dto is null || string.IsNullOrWhiteSpace(id))
            {
                diagnostics.Add(source, null, Localizer.Format(options.Language, nameof(Messages.Build_CriterionNoId), categoryId));
                continue;
            }

            if (dto.Id is not null && dto.RuleName is not null && dto.Id != dto.RuleName)
            {
                diagnostics.Add(source, id, Localizer.Format(options.Language, nameof(Messages.Build_CriterionIdAndRuleName), dto.Id, dto.RuleName));
            }

            if (!seen.Add(id))
            {
                diagnostics.Add(source, id, Localizer.Format(options.Language, nameof(Messages.Build_CriterionIdTwice), id, categoryId));
                continue;
            }

            if (depth > options.MaxExpressionNesting)
            {
                diagnostics.Add(source, id, Localizer.Format(options.Language, nameof(Messages.Build_RulesTooDeep), depth, options.MaxExpressionNesting));
                continue;
            }

            var hasOperator = !string.IsNullOrWhiteSpace(dto.Operator);
            var hasExpression = !string.IsNullOrWhiteSpace(dto.Expression);
            var enabled = dto.Enabled ?? true;
            List<CriterionDefinition> children = [];
            if (hasOperator)
            {
                if (TextParsing.Normalize(dto.Operator!) is not ("AND" or "ANDALSO" or "OR" or "ORELSE"))
                {
                    diagnostics.Add(source.Child("operator"), id, Localizer.Format(options.Language, nameof(Messages.Build_OperatorUnknown), dto.Operator));
                }

                if (hasExpression)
                {
                    diagnostics.Add(source, id, Localizer.Format(options.Language, nameof(Messages.Build_ExpressionAndOperator)));
                }

                children = BuildRules(dto.Rules, source, "rules", categoryId, depth + 1);
                if (enabled && !children.Any(c => c.Enabled))
                {
                    diagnostics.Add(source.Child("rules"), id, Localizer.Format(options.Language, nameof(Messages.Build_OperatorNoRules), dto.Operator));
                }
            }
            else if (!hasExpression && enabled)
            {
                diagnostics.Add(source, id, Localizer.Format(options.Language, nameof(Messages.Build_CriterionNoExpression)));
            }
            else if (dto.Rules is { Count: > 0 })
            {
                diagnostics.Add(source.Child("rules"), id, Localizer.Format(options.Language, nameof(Messages.Build_RulesNeedOperator)));
            }

            if (hasExpression)
            {
                CheckExpressionLength(dto.Expression!, source.Child("expression"), id);
            }

            if (dto.Points is { } points && (!double.IsFinite(points) || points < 0))
            {
                diagnostics.Add(source.Child("points"), id, Localizer.Format(options.Language, nameof(Messages.Build_PointsNegative), Format(points)));
            }

            result.Add(new CriterionDefinition
            {
                Id = id,
                Name = TextParsing.ToText(dto.Name),
                Description = dto.Description,
                Expression = hasExpression ? dto.Expression : null,
                LocalParams = BuildScoped(dto.LocalParams, source, "localParams", id),
                Operator = hasOperator ? dto.Operator : null,
                Rules = children,
                ErrorMessage = dto.ErrorMessage,
                SuccessEvent = dto.SuccessEvent,
                Enabled = enabled,
                Points = dto.Points,
                Provenance = BuildProvenance(dto.Provenance, source.Child("provenance"), id),
                Properties = dto.Properties ?? [],
                Source = source,
                Trail = Trail(dto.Layers, dto.Source, parent),
                InjectedFrom = dto.InjectedFrom,
            });
        }

        return result;
    }

    private AwardRule BuildAward(AwardDto? dto, SourceRef source, string categoryId, List<CriterionDefinition> criteria)
    {
        if (dto is null)
        {
            return AwardRule.AllCriteria;
        }

        var enabled = criteria.Where(c => c.Enabled).ToList();
        switch (TextParsing.Normalize(dto.Rule ?? string.Empty))
        {
            case "ALL":
                return AwardRule.AllCriteria;
            case "ATLEAST":
                if (dto.Count is not { } count || count < 1 || count > enabled.Count)
                {
                    diagnostics.Add(source.Child("count"), categoryId, dto.Count is null
                        ? Localizer.Format(options.Language, nameof(Messages.Build_AtLeastCountMissing), enabled.Count, categoryId)
                        : Localizer.Format(options.Language, nameof(Messages.Build_AtLeastCount), enabled.Count, categoryId, dto.Count.Value));
                }

                return new AwardRule(AwardKind.AtLeast, dto.Count, null, []);
            case "POINTS":
                var total = enabled.Sum(c => c.Points ?? 0);
                var withoutPoints = enabled.Where(c => c.Points is null).Select(c => c.Id).ToList();
                if (withoutPoints.Count > 0 && withoutPoints.Count == enabled.Count)
                {
                    // One cause (the star switched to points, none of its criteria given any), one error at the award rule:
                    // the line a town's override wrote, not one per criterion in a file the town does not have.
                    diagnostics.Add(source.Child("rule"), categoryId, Localizer.Format(options.Language, nameof(Messages.Build_PointsCriteriaWithoutPoints), categoryId, string.Join(", ", withoutPoints), withoutPoints.Count));
                }
                else if (withoutPoints.Count > 0)
                {
                    // Some criteria have points and some were forgotten: each forgotten one is its own mistake.
                    foreach (var criterion in enabled.Where(c => c.Points is null))
                    {
                        diagnostics.Add(criterion.Source, criterion.Id, Localizer.Format(options.Language, nameof(Messages.Build_PointsCriterionWithoutPoints), categoryId, criterion.Id));
                    }
                }
                else if (dto.Threshold is not { } threshold || !double.IsFinite(threshold) || threshold <= 0 || threshold > total)
                {
                    diagnostics.Add(source.Child("threshold"), categoryId, Localizer.Format(options.Language, nameof(Messages.Build_PointsThreshold), Format(total), Format(dto.Threshold)));
                }

                var required = dto.Required ?? [];
                foreach (var id in required.Where(id => !enabled.Any(c => c.Id == id)))
                {
                    diagnostics.Add(source.Child("required"), categoryId, Localizer.Format(options.Language, nameof(Messages.Build_PointsRequiredUnknown), id, categoryId, IdSuggestion.Hint(options.Language, id, enabled.Select(c => c.Id)), string.Join(", ", enabled.Select(c => c.Id))));
                }

                return new AwardRule(AwardKind.Points, null, dto.Threshold, required);
            default:
                diagnostics.Add(source.Child("rule"), categoryId, Localizer.Format(options.Language, nameof(Messages.Build_AwardRuleUnknown), dto.Rule, IdSuggestion.Hint(options.Language, dto.Rule ?? string.Empty, ["all", "at_least", "points"])));
                return AwardRule.AllCriteria;
        }
    }

    private void CheckRequires(List<CategoryDefinition> categories)
    {
        var ids = categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            foreach (var required in category.Requires)
            {
                if (required == category.Id)
                {
                    diagnostics.Add(category.Source?.Child("requires"), category.Id, Localizer.Format(options.Language, nameof(Messages.Build_RequiresItself), category.Id));
                }
                else if (!ids.Contains(required))
                {
                    diagnostics.Add(category.Source?.Child("requires"), category.Id, Localizer.Format(options.Language, nameof(Messages.Build_RequiresUnknown), category.Id, required, IdSuggestion.Hint(options.Language, required, ids), IdSuggestion.List(options.Language, ids)));
                }
            }
        }

        // A cycle of prerequisites would make every star in it unreachable.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var category in categories)
        {
            if (HasCycle(category.Id, byId, state, []) is { } cycle)
            {
                diagnostics.Add(category.Source?.Child("requires"), category.Id, Localizer.Format(options.Language, nameof(Messages.Build_RequiresCycle), string.Join(" → ", cycle)));
                break;
            }
        }
    }

    private static List<string>? HasCycle(string id, Dictionary<string, CategoryDefinition> byId, Dictionary<string, int> state, List<string> path)
    {
        if (state.TryGetValue(id, out var s))
        {
            return s == 1 ? [.. path[path.IndexOf(id)..], id] : null;
        }

        state[id] = 1;
        path.Add(id);
        foreach (var next in byId.TryGetValue(id, out var c) ? c.Requires : [])
        {
            if (byId.ContainsKey(next) && HasCycle(next, byId, state, path) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        state[id] = 2;
        return null;
    }

    private List<VetoDefinition> BuildVetoes(List<VetoDto>? items, SourceRef root, List<CategoryDefinition> categories)
    {
        var result = new List<VetoDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = dto?.Source ?? root.Item("vetoes", i);
            _criteriaCount++;
            if (dto is null || string.IsNullOrWhiteSpace(dto.Id))
            {
                diagnostics.Add(source, null, Localizer.Format(options.Language, nameof(Messages.Build_VetoNoId)));
                continue;
            }

            if (!seen.Add(dto.Id))
            {
                diagnostics.Add(source.Child("id"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_VetoDeclaredTwice), dto.Id));
                continue;
            }

            if (dto.Enabled == false)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(dto.Expression))
            {
                diagnostics.Add(source, dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_VetoNoExpression)));
                continue;
            }

            CheckExpressionLength(dto.Expression, source.Child("expression"), dto.Id);
            var scope = string.IsNullOrWhiteSpace(dto.Scope)
                ? Invalid(source, dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_VetoScopeMissing), dto.Id), VetoScope.Category)
                : TextParsing.Normalize(dto.Scope) switch
                {
                    "CATEGORY" => VetoScope.Category,
                    "RATING" => VetoScope.Rating,
                    _ => Invalid(source.Child("scope"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_VetoScopeUnknown), dto.Id, dto.Scope, IdSuggestion.Hint(options.Language, dto.Scope, ["category", "rating"])), VetoScope.Category),
                };
            var effect = TextParsing.Normalize(dto.Effect ?? (scope == VetoScope.Category ? "revoke_star" : "void_rating")) switch
            {
                "REVOKESTAR" => VetoEffect.RevokeStar,
                "VOIDRATING" => VetoEffect.VoidRating,
                "CAPLEVEL" => VetoEffect.CapLevel,
                _ => Invalid(source.Child("effect"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_VetoEffectUnknown), dto.Effect), VetoEffect.RevokeStar),
            };
            if (scope == VetoScope.Category && effect != VetoEffect.RevokeStar)
            {
                diagnostics.Add(source.Child("effect"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_CategoryVetoEffect)));
            }

            if (scope == VetoScope.Rating && effect == VetoEffect.RevokeStar)
            {
                diagnostics.Add(source.Child("effect"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_RatingVetoEffect)));
            }

            // Without a scope (reported once above) it is not known whether the veto needs a category.
            var scopeGiven = !string.IsNullOrWhiteSpace(dto.Scope);
            if (scopeGiven && scope == VetoScope.Category && string.IsNullOrWhiteSpace(dto.Category))
            {
                diagnostics.Add(source, dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_VetoCategoryMissing), dto.Id, IdSuggestion.List(options.Language, categories.Select(c => c.Id))));
            }
            else if (scopeGiven && scope == VetoScope.Category && !categories.Any(c => c.Id == dto.Category))
            {
                diagnostics.Add(source.Child("category"), dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_VetoCategoryUnknown), dto.Id, dto.Category, IdSuggestion.Hint(options.Language, dto.Category, categories.Select(c => c.Id)), IdSuggestion.List(options.Language, categories.Select(c => c.Id))));
            }

            if (effect == VetoEffect.CapLevel && dto.CapLevel is null)
            {
                diagnostics.Add(source, dto.Id, Localizer.Format(options.Language, nameof(Messages.Build_CapLevelMissing)));
            }

            result.Add(new VetoDefinition
            {
                Id = dto.Id,
                Name = TextParsing.ToText(dto.Name, dto.Id),
                Expression = dto.Expression,
                Scope = scope,
                Effect = effect,
                Category = dto.Category,
                CapLevel = dto.CapLevel,
                Reason = TextParsing.ToText(dto.Reason ?? dto.Name, dto.Id),
                Provenance = BuildProvenance(dto.Provenance, source.Child("provenance"), dto.Id),
                Source = source,
                Trail = Trail(dto.Layers, dto.Source, root),
            });
        }

        return result;
    }

    /// <summary>Where an element was written, for <see cref="SourceTrail"/>: each document's entry, or the one it was read from.</summary>
    private SourceTrail Trail(List<SourceRef>? layers, SourceRef? source, SourceRef root) =>
        SourceTrail.From(layers ?? (source is null ? [] : [source]), _document ?? root.File);

    private LevelPolicy BuildLevel(LevelDto? dto, SourceRef source, int categoryCount)
    {
        if (dto is null)
        {
            return LevelPolicy.StarCount;
        }

        switch (TextParsing.Normalize(dto.Mode ?? "star_count"))
        {
            case "STARCOUNT":
            case "STARS":
                return LevelPolicy.StarCount;
            case "SCOREBANDS":
                var bands = new List<ScoreBand>();
                for (var i = 0; i < (dto.Bands?.Count ?? 0); i++)
                {
                    var band = dto.Bands![i];
                    if (band?.MinScore is not { } min || band.Level is not { } level || level < 0 || !double.IsFinite(min))
                    {
                        diagnostics.Add(source.Item("bands", i), null, Localizer.Format(options.Language, nameof(Messages.Build_ScoreBandInvalid)));
                        continue;
                    }

                    bands.Add(new ScoreBand(min, level));
                }

                if (bands.Count == 0)
                {
                    diagnostics.Add(source, null, Localizer.Format(options.Language, nameof(Messages.Build_ScoreBandsNone)));
                }

                if (bands.GroupBy(b => b.MinScore).Any(g => g.Count() > 1))
                {
                    diagnostics.Add(source.Child("bands"), null, Localizer.Format(options.Language, nameof(Messages.Build_ScoreBandsSameMin)));
                }

                return new LevelPolicy(LevelMode.ScoreBands, bands.OrderByDescending(b => b.MinScore).ToArray());
            default:
                diagnostics.Add(source.Child("mode"), null, Localizer.Format(options.Language, nameof(Messages.Build_LevelModeUnknown), dto.Mode));
                return LevelPolicy.StarCount;
        }
    }

    private void CheckVetoCaps(List<VetoDefinition> vetoes, LevelPolicy level, int categoryCount)
    {
        var maxLevel = level.Mode == LevelMode.StarCount ? categoryCount : level.Bands.Select(b => b.Level).DefaultIfEmpty(0).Max();
        foreach (var veto in vetoes.Where(v => v.CapLevel is { } cap && (cap < 0 || cap > maxLevel)))
        {
            diagnostics.Add(veto.Source?.Child("capLevel"), veto.Id, Localizer.Format(options.Language, nameof(Messages.Build_CapLevelOutside), veto.CapLevel, maxLevel));
        }
    }

    private RatingPeriod BuildPeriod(PeriodDto? dto, SourceRef source)
    {
        var year = dto?.Year ?? timeProvider.GetLocalNow().Year;
        var kind = TextParsing.Normalize(dto?.Kind ?? "annual") switch
        {
            "ANNUAL" or "YEARLY" => PeriodKind.Annual,
            "HALFYEARLY" or "SEMIANNUAL" => PeriodKind.HalfYearly,
            "QUARTERLY" => PeriodKind.Quarterly,
            "BIENNIAL" => PeriodKind.Biennial,
            _ => Invalid(source.Child("kind"), null, Localizer.Format(options.Language, nameof(Messages.Build_PeriodKindUnknown), dto?.Kind), PeriodKind.Annual),
        };
        var parts = kind switch { PeriodKind.HalfYearly => 2, PeriodKind.Quarterly => 4, _ => 0 };
        int? part = null;
        if (parts > 0)
        {
            part = dto?.Part ?? 1;
            if (part < 1 || part > parts)
            {
                diagnostics.Add(source.Child("part"), null, Localizer.Format(options.Language, nameof(Messages.Build_PeriodPartOutside), part, parts, dto?.Kind));
            }
        }
        else if (dto?.Part is not null)
        {
            diagnostics.Add(source.Child("part"), null, Localizer.Format(options.Language, nameof(Messages.Build_PeriodPartNotApplicable), dto.Kind ?? "annual"));
        }

        if (year is < 1949 or > 2200)
        {
            diagnostics.Add(source.Child("year"), null, Localizer.Format(options.Language, nameof(Messages.Build_PeriodYearImplausible), year));
        }

        return new RatingPeriod(kind, year, part);
    }

    private Provenance? BuildProvenance(ProvenanceDto? dto, SourceRef source, string? id)
    {
        if (dto is null)
        {
            return null;
        }

        var status = TextParsing.Normalize(dto.Status ?? string.Empty) switch
        {
            "SOURCED" => ProvenanceStatus.Sourced,
            "INFERRED" => ProvenanceStatus.Inferred,
            _ => Invalid(source.Child("status"), id, Localizer.Format(options.Language, nameof(Messages.Build_ProvenanceStatusUnknown), dto.Status), ProvenanceStatus.Unspecified),
        };
        if (status == ProvenanceStatus.Sourced && string.IsNullOrWhiteSpace(dto.Reference))
        {
            diagnostics.Add(source, id, Localizer.Format(options.Language, nameof(Messages.Build_SourcedNeedsReference)));
        }

        return new Provenance(status, dto.Reference, dto.Note);
    }

    private void CheckExpressionLength(string expression, SourceRef source, string? id)
    {
        _expressionLength += expression.Length;
        if (expression.Length > options.MaxExpressionLength)
        {
            diagnostics.Add(source, id, Localizer.Format(options.Language, nameof(Messages.Build_ExpressionTooLong), expression.Length, options.MaxExpressionLength));
        }
        else if (FullWidthPunctuation.Describe(expression, options.Language) is { } punctuation)
        {
            // Said here, before the parser's "syntax error" about the same character.
            diagnostics.Add(source, id, punctuation, expression);
        }
    }

    private T Invalid<T>(SourceRef source, string? id, string message, T fallback)
    {
        diagnostics.Add(source, id, message);
        return fallback;
    }

    private static string Format(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "none";
}
