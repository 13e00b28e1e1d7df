using FiveStar.Criteria.Awards;
using FiveStar.Criteria.Json;

namespace FiveStar.Criteria.Building;

/// <summary>Builds a star's award rule (<c>award</c>): its word picks the rule, whose type reads and checks the rest.</summary>
internal sealed class AwardBuilder(BuildContext context)
{
    public AwardRule Build(AwardDto? dto, SourceRef source, string categoryId, List<CriterionDefinition> criteria)
    {
        if (dto is null)
        {
            return AwardRule.AllCriteria;
        }

        var kind = Keywords.AwardRules.Parse(dto.Rule, source, categoryId, context);
        return AwardKindTable.Of(kind).Read(dto, source, categoryId, [.. criteria.Where(c => c.Enabled)], context);
    }
}
