using FiveStar.Criteria.Json;
using FiveStar.Indicators;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>Builds a document's (or a plug-in manifest's) indicators: ids, types, ranges, enumeration values, names.</summary>
internal sealed class IndicatorBuilder(BuildContext context)
{
    public IReadOnlyList<IndicatorDefinition> Build(List<IndicatorDto>? items, SourceRef root, string? declaredBy = null)
    {
        var result = new List<IndicatorDefinition>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var dto = items![i];
            var source = dto?.Source ?? root.Item("indicators", i);
            if (dto is null || !TextParsing.IsIdentifier(dto.Id))
            {
                context.Report(source.Child("id"), dto?.Id, nameof(Messages.Build_IndicatorIdInvalid), dto?.Id);
                continue;
            }

            if (!seen.Add(dto.Id!))
            {
                context.Report(source.Child("id"), dto.Id, nameof(Messages.Build_IndicatorDeclaredTwice), dto.Id);
                continue;
            }

            var type = dto.Type is null ? IndicatorType.Number : Keywords.IndicatorTypes.Parse(dto.Type, source, dto.Id, context);
            if (dto.Expression is not null)
            {
                context.CheckExpression(dto.Expression, source.Child("expression"), dto.Id);
            }

            if (dto.Min is { } min && dto.Max is { } max && min > max)
            {
                context.Report(source.Child("min"), dto.Id, nameof(Messages.Build_IndicatorRangeEmpty), dto.Id, min, max);
            }

            if (type == IndicatorType.Enumeration && (dto.Values is null || dto.Values.Count == 0))
            {
                context.Report(source.Child("values"), dto.Id, nameof(Messages.Build_EnumerationNoValues), dto.Id);
            }

            var values = new List<EnumerationValue>();
            for (var v = 0; v < (dto.Values?.Count ?? 0); v++)
            {
                var value = dto.Values![v];
                if (string.IsNullOrWhiteSpace(value?.Id))
                {
                    context.Report(source.Item("values", v), dto.Id, nameof(Messages.Build_EnumerationValueNoId));
                    continue;
                }

                values.Add(new EnumerationValue(value.Id, TextParsing.ToText(value.Name, value.Id)));
            }

            if (TextParsing.IsEmpty(dto.Name))
            {
                context.Report(source, dto.Id, nameof(Messages.Build_IndicatorNoName), dto.Id);
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
}
