using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>Builds a star's criteria (<c>rules</c>), nested operator rules included, to the nesting limit.</summary>
internal sealed class CriterionBuilder(BuildContext context)
{
    private readonly ParameterBuilder _parameters = new(context);

    public List<CriterionDefinition> Build(List<RuleDto>? items, SourceRef parent, string member, string categoryId, int depth)
    {
        var result = new List<CriterionDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = dto?.Source ?? parent.Item(member, i);
            context.CountCriterion();
            var id = dto?.EffectiveId;
            if (dto is null || string.IsNullOrWhiteSpace(id))
            {
                context.Report(source, null, nameof(Messages.Build_CriterionNoId), categoryId);
                continue;
            }

            if (dto.Id is not null && dto.RuleName is not null && dto.Id != dto.RuleName)
            {
                context.Report(source, id, nameof(Messages.Build_CriterionIdAndRuleName), dto.Id, dto.RuleName);
            }

            if (!seen.Add(id))
            {
                context.Report(source, id, nameof(Messages.Build_CriterionIdTwice), id, categoryId);
                continue;
            }

            if (depth > context.Options.MaxExpressionNesting)
            {
                context.Report(source, id, nameof(Messages.Build_RulesTooDeep), depth, context.Options.MaxExpressionNesting);
                continue;
            }

            var hasOperator = !string.IsNullOrWhiteSpace(dto.Operator);
            var hasExpression = !string.IsNullOrWhiteSpace(dto.Expression);
            var enabled = dto.Enabled ?? true;
            List<CriterionDefinition> children = [];
            if (hasOperator)
            {
                Keywords.Operators.Parse(dto.Operator, source, id, context);
                if (hasExpression)
                {
                    context.Report(source, id, nameof(Messages.Build_ExpressionAndOperator));
                }

                children = Build(dto.Rules, source, "rules", categoryId, depth + 1);
                if (enabled && !children.Any(c => c.Enabled))
                {
                    context.Report(source.Child("rules"), id, nameof(Messages.Build_OperatorNoRules), dto.Operator);
                }
            }
            else if (!hasExpression && enabled)
            {
                context.Report(source, id, nameof(Messages.Build_CriterionNoExpression));
            }
            else if (dto.Rules is { Count: > 0 })
            {
                context.Report(source.Child("rules"), id, nameof(Messages.Build_RulesNeedOperator));
            }

            if (hasExpression)
            {
                context.CheckExpression(dto.Expression!, source.Child("expression"), id);
            }

            if (dto.Points is { } points && (!double.IsFinite(points) || points < 0))
            {
                context.Report(source.Child("points"), id, nameof(Messages.Build_PointsNegative), BuildContext.Format(points));
            }

            result.Add(new CriterionDefinition
            {
                Id = id,
                Name = TextParsing.ToText(dto.Name),
                Description = TextParsing.ToOptionalText(dto.Description),
                Expression = hasExpression ? dto.Expression : null,
                LocalParams = _parameters.BuildScoped(dto.LocalParams, source, "localParams", id),
                Operator = hasOperator ? dto.Operator : null,
                Rules = children,
                ErrorMessage = TextParsing.ToOptionalText(dto.ErrorMessage),
                SuccessEvent = dto.SuccessEvent,
                Enabled = enabled,
                Points = dto.Points,
                Provenance = ProvenanceBuilder.Build(context, dto.Provenance, source.Child("provenance"), id),
                Properties = dto.Properties ?? [],
                Source = source,
                Trail = context.Trail(dto.Layers, dto.Source, parent),
                InjectedFrom = dto.InjectedFrom,
            });
        }

        return result;
    }
}
