using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>
/// Validates a merged criteria document and builds its immutable model, reporting every problem with its place: the
/// document's own checks and limits here, each part by its builder.
/// </summary>
internal sealed class DocumentBuilder(CriteriaLoaderOptions options, DiagnosticBag diagnostics, TimeProvider timeProvider)
{
    public CriteriaDocument? Build(CriteriaDocumentDto dto, SourceRef root, CriteriaFormat format, IReadOnlyList<string> extendsChain)
    {
        var context = new BuildContext(options, diagnostics, root.File);
        var strictIds = format == CriteriaFormat.FiveStar;
        if (strictIds)
        {
            if (string.IsNullOrWhiteSpace(dto.SchemaVersion))
            {
                context.Report(root, null, nameof(Messages.Build_SchemaVersionMissing));
            }
            else if (!dto.SchemaVersion.StartsWith("1.", StringComparison.Ordinal))
            {
                context.Report(root.Child("schemaVersion"), null, nameof(Messages.Build_SchemaVersionUnsupported), dto.SchemaVersion);
            }
        }

        if (string.IsNullOrWhiteSpace(dto.Id))
        {
            context.Report(root, null, nameof(Messages.Build_DocumentIdMissing));
        }

        var policies = new SchemePolicyBuilder(context, timeProvider);
        var vetoBuilder = new VetoBuilder(context);
        var indicators = new IndicatorBuilder(context).Build(dto.Indicators, root);
        var parameterBuilder = new ParameterBuilder(context);
        var parameters = parameterBuilder.Build(dto.Parameters, root);
        var globals = parameterBuilder.BuildScoped(dto.GlobalParams, root, "globalParams", null);
        var categories = new CategoryBuilder(context).Build(dto.Categories, root, strictIds);
        var vetoes = vetoBuilder.Build(dto.Vetoes, root, categories);
        var level = policies.BuildLevel(dto.Level, root.Child("level"));
        vetoBuilder.CheckCaps(vetoes, level, categories.Count);
        var missing = policies.BuildMissingValues(dto.MissingValues, root);
        if (categories.Count > 64)
        {
            // Awarded stars and prerequisites are kept as bits of one 64-bit mask per village.
            context.Report(root.Child("categories"), null, nameof(Messages.Build_TooManyCategories), categories.Count);
        }

        if (context.ExpressionLength > options.MaxTotalExpressionLength)
        {
            context.Report(root, null, nameof(Messages.Load_TotalExpressionLength), context.ExpressionLength, options.MaxTotalExpressionLength);
        }

        if (context.CriteriaCount > options.MaxCriteria)
        {
            context.Report(root, null, nameof(Messages.Build_TooManyCriteria), context.CriteriaCount, options.MaxCriteria);
        }

        return new CriteriaDocument
        {
            Id = dto.Id ?? string.Empty,
            Name = TextParsing.ToText(dto.Name, dto.Id),
            Region = dto.Region,
            Version = dto.Version,
            Period = policies.BuildPeriod(dto.Period, root.Child("period")),
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
}
