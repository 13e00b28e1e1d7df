using FiveStar.Criteria;
using FiveStar.DependencyInjection;
using FiveStar.Indicators;
using FiveStar.Plugins;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FiveStar;

/// <summary>Registers FiveStar in a service collection.</summary>
public static class FiveStarServiceCollectionExtensions
{
    /// <summary>
    /// Adds FiveStar's catalog, factory and rater services with no plug-ins or criteria; call
    /// <see cref="AddFiveStar(IServiceCollection, Action{IFiveStarBuilder})"/> to add them. Calling it twice is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddFiveStar(this IServiceCollection services) => services.AddFiveStar(static _ => { });

    /// <summary>
    /// Adds FiveStar: the plug-in catalog, the criteria loader and compiler, and the raters of the criteria the callback
    /// registers. Criteria are compiled when options are validated at host start-up, so a bad file stops the host with
    /// every problem listed. Each document's <see cref="StarRater"/> is a keyed service under its id
    /// (<c>[FromKeyedServices("hanzhuang-2022")] StarRater rater</c>), and the unkeyed <see cref="StarRater"/> is the only
    /// registered one. Calling it twice is harmless.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds plug-ins and criteria, e.g. <c>b =&gt; b.AddStandardCategories().AddCriteriaFile("criteria.json")</c>.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddFiveStar(this IServiceCollection services, Action<IFiveStarBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CategoryCatalog(sp.GetServices<CategoryPlugin>(), sp.GetServices<IndicatorDefinition>(), sp.GetServices<ShippedCriteriaDocument>()));
        services.TryAddSingleton(sp => new StarRaterFactory(
            sp.GetRequiredService<CategoryCatalog>(),
            sp.GetRequiredService<IOptions<CriteriaLoaderOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<StarRaterFactory>() ?? NullLogger<StarRaterFactory>.Instance));
        services.TryAddSingleton<CompiledCriteriaCache>();
        services.TryAddSingleton(sp => new StarRaterRegistry(
            sp.GetRequiredService<IOptions<FiveStarOptions>>(),
            sp.GetRequiredService<StarRaterFactory>(),
            sp.GetRequiredService<CompiledCriteriaCache>()));
        // Each registered document's rater by its id, [FromKeyedServices("hanzhuang-2022")] StarRater; unkeyed, the only one.
        services.TryAddKeyedSingleton<StarRater>(KeyedService.AnyKey, static (sp, key) => key is string id
            ? sp.GetRequiredService<StarRaterRegistry>().Get(id)
            : throw new InvalidOperationException(Localizer.Format(Language.Current, nameof(Messages.Di_KeyNotAnId), key)));
        services.TryAddSingleton(static sp => sp.GetRequiredService<StarRaterRegistry>().Default);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FiveStarOptions>, FiveStarOptionsValidator>());
        services.AddOptions<CriteriaLoaderOptions>();
        services.AddOptions<FiveStarOptions>().ValidateOnStart();
        configure(new FiveStarBuilder(services));
        return services;
    }
}
