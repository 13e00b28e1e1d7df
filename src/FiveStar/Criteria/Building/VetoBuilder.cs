using FiveStar.Criteria.Json;
using FiveStar.Rating;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>Builds the vetoes: each one's scope, effect, category and level cap, checked against the stars and the level policy.</summary>
internal sealed class VetoBuilder(BuildContext context)
{
    public List<VetoDefinition> Build(List<VetoDto>? items, SourceRef root, List<CategoryDefinition> categories)
    {
        var result = new List<VetoDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = dto?.Source ?? root.Item("vetoes", i);
            context.CountCriterion();
            if (dto is null || string.IsNullOrWhiteSpace(dto.Id))
            {
                context.Report(source, null, nameof(Messages.Build_VetoNoId));
                continue;
            }

            if (!seen.Add(dto.Id))
            {
                context.Report(source.Child("id"), dto.Id, nameof(Messages.Build_VetoDeclaredTwice), dto.Id);
                continue;
            }

            if (dto.Enabled == false)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(dto.Expression))
            {
                context.Report(source, dto.Id, nameof(Messages.Build_VetoNoExpression));
                continue;
            }

            context.CheckExpression(dto.Expression, source.Child("expression"), dto.Id);

            // Without a scope (reported once here) it is not known whether the veto needs a category.
            var scopeGiven = !string.IsNullOrWhiteSpace(dto.Scope);
            var scope = scopeGiven
                ? Keywords.VetoScopes.Parse(dto.Scope, source, dto.Id, context)
                : context.Invalid(source, dto.Id, nameof(Messages.Build_VetoScopeMissing), VetoScope.Category, dto.Id);
            var effect = Keywords.VetoEffects.Parse(dto.Effect ?? VetoEffectTable.DefaultFor(scope).Word, source, dto.Id, context);
            var rule = VetoEffectTable.Of(effect);
            if (rule.Scope != scope)
            {
                context.Report(source.Child("effect"), dto.Id, scope == VetoScope.Category ? nameof(Messages.Build_CategoryVetoEffect) : nameof(Messages.Build_RatingVetoEffect));
            }

            if (scopeGiven && scope == VetoScope.Category && string.IsNullOrWhiteSpace(dto.Category))
            {
                context.Report(source, dto.Id, nameof(Messages.Build_VetoCategoryMissing), dto.Id, IdSuggestion.List(context.Language, categories.Select(c => c.Id)));
            }
            else if (scopeGiven && scope == VetoScope.Category && !categories.Any(c => c.Id == dto.Category))
            {
                context.Report(source.Child("category"), dto.Id, nameof(Messages.Build_VetoCategoryUnknown), dto.Id, dto.Category, IdSuggestion.Hint(context.Language, dto.Category, categories.Select(c => c.Id)), IdSuggestion.List(context.Language, categories.Select(c => c.Id)));
            }

            if (rule.CapsLevel && dto.CapLevel is null)
            {
                context.Report(source, dto.Id, nameof(Messages.Build_CapLevelMissing));
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
                Provenance = ProvenanceBuilder.Build(context, dto.Provenance, source.Child("provenance"), dto.Id),
                Source = source,
                Trail = context.Trail(dto.Layers, dto.Source, root),
            });
        }

        return result;
    }

    /// <summary>Checks that every veto's level cap lies within the levels the level policy can give.</summary>
    public void CheckCaps(List<VetoDefinition> vetoes, LevelPolicy level, int categoryCount)
    {
        var maxLevel = level.Mode == LevelMode.StarCount ? categoryCount : level.Bands.Select(b => b.Level).DefaultIfEmpty(0).Max();
        foreach (var veto in vetoes.Where(v => v.CapLevel is { } cap && (cap < 0 || cap > maxLevel)))
        {
            context.Report(veto.Source?.Child("capLevel"), veto.Id, nameof(Messages.Build_CapLevelOutside), veto.CapLevel, maxLevel);
        }
    }
}
