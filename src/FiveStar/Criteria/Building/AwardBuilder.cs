using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>Builds a star's award rule (<c>award</c>) and checks it against the star's enabled criteria.</summary>
internal sealed class AwardBuilder(BuildContext context)
{
    public AwardRule Build(AwardDto? dto, SourceRef source, string categoryId, List<CriterionDefinition> criteria)
    {
        if (dto is null)
        {
            return AwardRule.AllCriteria;
        }

        var enabled = criteria.Where(c => c.Enabled).ToList();
        return Keywords.AwardRules.Parse(dto.Rule, source, categoryId, context) switch
        {
            AwardKind.AtLeast => AtLeast(dto, source, categoryId, enabled),
            AwardKind.Points => Points(dto, source, categoryId, enabled),
            _ => AwardRule.AllCriteria,
        };
    }

    private AwardRule AtLeast(AwardDto dto, SourceRef source, string categoryId, List<CriterionDefinition> enabled)
    {
        if (dto.Count is not { } count || count < 1 || count > enabled.Count)
        {
            if (dto.Count is null)
            {
                context.Report(source.Child("count"), categoryId, nameof(Messages.Build_AtLeastCountMissing), enabled.Count, categoryId);
            }
            else
            {
                context.Report(source.Child("count"), categoryId, nameof(Messages.Build_AtLeastCount), enabled.Count, categoryId, dto.Count.Value);
            }
        }

        return new AwardRule(AwardKind.AtLeast, dto.Count, null, []);
    }

    private AwardRule Points(AwardDto dto, SourceRef source, string categoryId, List<CriterionDefinition> enabled)
    {
        var total = enabled.Sum(c => c.Points ?? 0);
        var withoutPoints = enabled.Where(c => c.Points is null).Select(c => c.Id).ToList();
        if (withoutPoints.Count > 0 && withoutPoints.Count == enabled.Count)
        {
            // One cause (the star switched to points, none of its criteria given any), one error at the award rule:
            // the line a town's override wrote, not one per criterion in a file the town does not have.
            context.Report(source.Child("rule"), categoryId, nameof(Messages.Build_PointsCriteriaWithoutPoints), categoryId, string.Join(", ", withoutPoints), withoutPoints.Count);
        }
        else if (withoutPoints.Count > 0)
        {
            // Some criteria have points and some were forgotten: each forgotten one is its own mistake.
            foreach (var criterion in enabled.Where(c => c.Points is null))
            {
                context.Report(criterion.Source, criterion.Id, nameof(Messages.Build_PointsCriterionWithoutPoints), categoryId, criterion.Id);
            }
        }
        else if (dto.Threshold is not { } threshold || !double.IsFinite(threshold) || threshold <= 0 || threshold > total)
        {
            context.Report(source.Child("threshold"), categoryId, nameof(Messages.Build_PointsThreshold), BuildContext.Format(total), BuildContext.Format(dto.Threshold));
        }

        var required = dto.Required ?? [];
        foreach (var id in required.Where(id => !enabled.Any(c => c.Id == id)))
        {
            context.Report(source.Child("required"), categoryId, nameof(Messages.Build_PointsRequiredUnknown), id, categoryId, IdSuggestion.Hint(context.Language, id, enabled.Select(c => c.Id)), string.Join(", ", enabled.Select(c => c.Id)));
        }

        return new AwardRule(AwardKind.Points, null, dto.Threshold, required);
    }
}
