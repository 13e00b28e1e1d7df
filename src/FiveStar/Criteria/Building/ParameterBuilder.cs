using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>Builds named thresholds (<c>parameters</c>) and scoped parameters (<c>globalParams</c>, <c>localParams</c>).</summary>
internal sealed class ParameterBuilder(BuildContext context)
{
    public List<ParameterDefinition> Build(List<ParameterDto>? items, SourceRef root)
    {
        var result = new List<ParameterDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = dto?.Source ?? root.Item("parameters", i);
            if (dto is null || !TextParsing.IsIdentifier(dto.Id))
            {
                context.Report(source.Child("id"), dto?.Id, nameof(Messages.Build_ParameterIdInvalid), dto?.Id);
                continue;
            }

            if (!seen.Add(dto.Id!))
            {
                context.Report(source.Child("id"), dto.Id, nameof(Messages.Build_ParameterDeclaredTwice), dto.Id);
                continue;
            }

            if (dto.Value is not { } value || !double.IsFinite(value))
            {
                context.Report(source.Child("value"), dto.Id, nameof(Messages.Build_ParameterNoValue), dto.Id);
                continue;
            }

            if ((dto.Min is { } min && value < min) || (dto.Max is { } max && value > max))
            {
                context.Report(source.Child("value"), dto.Id, nameof(Messages.Build_ThresholdOutOfRange), dto.Id, BuildContext.Format(value), BuildContext.Format(dto.Min), BuildContext.Format(dto.Max));
            }

            result.Add(new ParameterDefinition(dto.Id!, TextParsing.ToText(dto.Name, dto.Id), value, TextParsing.ToText(dto.Unit), dto.Min, dto.Max, ProvenanceBuilder.Build(context, dto.Provenance, source.Child("provenance"), dto.Id))
            {
                Trail = context.Trail(dto.Layers, dto.Source, root),
            });
        }

        return result;
    }

    /// <summary>Builds the scoped parameters of <paramref name="member"/> (<c>globalParams</c> or <c>localParams</c>) under <paramref name="parent"/>.</summary>
    public List<ScopedParameter> BuildScoped(List<ScopedParamDto>? items, SourceRef parent, string member, string? ownerId)
    {
        var result = new List<ScopedParameter>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = parent.Item(member, i);
            if (dto is null || !TextParsing.IsIdentifier(dto.Name))
            {
                context.Report(source.Child("name"), ownerId, nameof(Messages.Build_ScopedNameInvalid), member, dto?.Name);
                continue;
            }

            if (!seen.Add(dto.Name!))
            {
                context.Report(source.Child("name"), ownerId, nameof(Messages.Build_ScopedNameTwice), member, dto.Name);
                continue;
            }

            if (string.IsNullOrWhiteSpace(dto.Expression))
            {
                context.Report(source.Child("expression"), ownerId, nameof(Messages.Build_ScopedNoExpression), member, dto.Name);
                continue;
            }

            context.CheckExpression(dto.Expression, source.Child("expression"), ownerId);
            result.Add(new ScopedParameter(dto.Name!, dto.Expression));
        }

        return result;
    }
}
