using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>Builds the stars (<c>categories</c>): each one's criteria, award rule, prerequisites and scoped parameters.</summary>
internal sealed class CategoryBuilder(BuildContext context)
{
    private readonly CriterionBuilder _criteria = new(context);
    private readonly AwardBuilder _award = new(context);
    private readonly ParameterBuilder _parameters = new(context);
    private readonly PrerequisiteChecker _prerequisites = new(context);

    public List<CategoryDefinition> Build(List<CategoryDto>? items, SourceRef root, bool strictIds)
    {
        var result = new List<CategoryDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = dto?.Source ?? root.Item("categories", i);
            if (dto is null || string.IsNullOrWhiteSpace(dto.Id) || (strictIds && !TextParsing.IsIdentifier(dto.Id)))
            {
                context.Report(source.Child("id"), dto?.Id, nameof(Messages.Build_CategoryIdInvalid), dto?.Id);
                continue;
            }

            if (!seen.Add(dto.Id))
            {
                context.Report(source.Child("id"), dto.Id, nameof(Messages.Build_CategoryDeclaredTwice), dto.Id);
                continue;
            }

            if (dto.Enabled == false)
            {
                continue;
            }

            if (TextParsing.IsEmpty(dto.Name))
            {
                context.Report(source, dto.Id, nameof(Messages.Build_CategoryNoName), dto.Id);
            }

            var criteria = _criteria.Build(dto.Rules, source, "rules", dto.Id, 1);
            if (!criteria.Any(c => c.Enabled))
            {
                context.Report(source, dto.Id, nameof(Messages.Build_CategoryNoCriteria), dto.Id);
            }

            result.Add(new CategoryDefinition
            {
                Id = dto.Id,
                Name = TextParsing.ToText(dto.Name, dto.Id),
                Description = TextParsing.ToText(dto.Description),
                Plugin = dto.Plugin,
                Award = _award.Build(dto.Award, source.Child("award"), dto.Id, criteria),
                Requires = dto.Requires ?? [],
                RequiresProvenance = ProvenanceBuilder.Build(context, dto.RequiresProvenance, source.Child("requiresProvenance"), dto.Id),
                GlobalParams = _parameters.BuildScoped(dto.GlobalParams, source, "globalParams", dto.Id),
                Criteria = criteria,
                Source = source,
                Trail = context.Trail(dto.Layers, dto.Source, root),
            });
        }

        _prerequisites.Check(result);
        return result;
    }
}
