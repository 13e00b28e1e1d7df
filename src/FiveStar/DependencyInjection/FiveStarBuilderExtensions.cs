using FiveStar.Criteria;
using FiveStar.DependencyInjection;
using FiveStar.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar;

/// <summary>Adds criteria documents and the standard categories inside <c>AddFiveStar</c>.</summary>
public static class FiveStarBuilderExtensions
{
    /// <summary>Adds the five standard Henan categories (支部过硬星, 产业兴旺星, 生态宜居星, 平安法治星, 文明幸福星).</summary>
    /// <param name="builder">The FiveStar builder.</param>
    /// <returns>The builder.</returns>
    public static IFiveStarBuilder AddStandardCategories(this IFiveStarBuilder builder) => builder
        .AddBranchStrong()
        .AddIndustryProsperity()
        .AddEcologicalLivable()
        .AddSafetyRuleOfLaw()
        .AddCivilityHappiness();

    /// <summary>Declares indicators in code, available to every criteria document (for indicators no plug-in provides).</summary>
    /// <param name="builder">The FiveStar builder.</param>
    /// <param name="indicators">The indicators.</param>
    /// <returns>The builder.</returns>
    public static IFiveStarBuilder AddIndicators(this IFiveStarBuilder builder, params IEnumerable<IndicatorDefinition> indicators)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(indicators);
        foreach (var indicator in indicators)
        {
            // Registering the same indicator twice is harmless; the catalog keeps one per id.
            if (!builder.Services.Any(d => d.ServiceType == typeof(IndicatorDefinition) && Equals(d.ImplementationInstance, indicator)))
            {
                builder.Services.AddSingleton(indicator);
            }
        }

        return builder;
    }

    /// <summary>Registers a criteria file; relative <c>extends</c> paths start from its folder.</summary>
    /// <param name="builder">The FiveStar builder.</param>
    /// <param name="path">The file path.</param>
    /// <returns>The builder.</returns>
    public static IFiveStarBuilder AddCriteriaFile(this IFiveStarBuilder builder, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        return builder.AddCriteria(new CriteriaSource(path, () => File.OpenRead(full), Path.GetDirectoryName(full)));
    }

    /// <summary>Registers criteria given as a JSON string.</summary>
    /// <param name="builder">The FiveStar builder.</param>
    /// <param name="json">The document.</param>
    /// <param name="name">A name for messages.</param>
    /// <returns>The builder.</returns>
    public static IFiveStarBuilder AddCriteriaJson(this IFiveStarBuilder builder, string json, string name = "<json>")
    {
        ArgumentNullException.ThrowIfNull(json);
        return builder.AddCriteria(new CriteriaSource(name, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), null));
    }

    /// <summary>Registers a document shipped with FiveStar, such as <see cref="BuiltInCriteria.HenanRural2022"/>.</summary>
    /// <param name="builder">The FiveStar builder.</param>
    /// <param name="id">The document id.</param>
    /// <returns>The builder.</returns>
    public static IFiveStarBuilder AddBuiltInCriteria(this IFiveStarBuilder builder, string id = BuiltInCriteria.HenanRural2022)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var bytes = BuiltInCriteria.TryRead(id) ?? throw new ArgumentException($"No shipped criteria document is called '{id}'; shipped: {string.Join(", ", BuiltInCriteria.Ids)}.", nameof(id));
        return builder.AddCriteria(new CriteriaSource($"builtin:{id}", () => new MemoryStream(bytes), null));
    }

    /// <summary>Registers criteria read from a stream each time the host starts.</summary>
    /// <param name="builder">The FiveStar builder.</param>
    /// <param name="source">Where the criteria come from.</param>
    /// <returns>The builder.</returns>
    public static IFiveStarBuilder AddCriteria(this IFiveStarBuilder builder, CriteriaSource source)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);
        builder.Services.Configure<FiveStarOptions>(options =>
        {
            if (!options.Criteria.Any(s => s.Name == source.Name))
            {
                options.Criteria.Add(source);
            }
        });
        return builder;
    }
}
