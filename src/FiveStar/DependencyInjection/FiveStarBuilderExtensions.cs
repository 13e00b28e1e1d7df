using FiveStar.Criteria;
using FiveStar.DependencyInjection;
using FiveStar.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FiveStar;

/// <summary>Adds criteria documents and indicators inside <c>AddFiveStar</c>.</summary>
public static class FiveStarBuilderExtensions
{
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
    /// <returns>The builder.</returns>
    public static IFiveStarBuilder AddCriteriaJson(this IFiveStarBuilder builder, string json) => builder.AddCriteriaJson(json, "<json>");

    /// <summary>Registers criteria given as a JSON string, named for messages and de-duplication.</summary>
    /// <param name="builder">The FiveStar builder.</param>
    /// <param name="json">The document.</param>
    /// <param name="name">A name for messages.</param>
    /// <returns>The builder.</returns>
    public static IFiveStarBuilder AddCriteriaJson(this IFiveStarBuilder builder, string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        return builder.AddCriteria(new CriteriaSource(name, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), null));
    }

    /// <summary>
    /// Registers a document an extension package ships, such as FiveStar.Standard's <c>henan-rural-2022</c>
    /// (<c>b.AddStandardCategories().AddBuiltInCriteria("henan-rural-2022")</c>); host start-up fails, naming the shipped
    /// documents, when no registered package ships it.
    /// </summary>
    /// <param name="builder">The FiveStar builder.</param>
    /// <param name="id">The document id.</param>
    /// <returns>The builder.</returns>
    public static IFiveStarBuilder AddBuiltInCriteria(this IFiveStarBuilder builder, string id)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(id);
        builder.Services.AddOptions<FiveStarOptions>().Configure<CategoryCatalog, IOptions<CriteriaLoaderOptions>>((options, catalog, loader) =>
        {
            var shipped = catalog.FindShipped(id) ?? throw new OptionsValidationException(id, typeof(FiveStarOptions), [StarRaterFactory.DescribeMissingShipped(catalog, id, loader.Value.Language)]);
            var name = $"builtin:{shipped.Id}";
            if (!options.Criteria.Any(s => s.Name == name))
            {
                options.Criteria.Add(new CriteriaSource(name, shipped.Open, null));
            }
        });
        return builder;
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
