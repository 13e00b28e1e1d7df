using System.Reflection;
using FiveStar.Criteria;
using FiveStar.DependencyInjection;
using FiveStar.Indicators;
using FiveStar.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FiveStar;

/// <summary>
/// Builds <see cref="StarRaterFactory.Create(Action{IFiveStarBuilder})"/>'s factory without a service provider when what
/// the callback registered is only plug-ins, indicators, shipped documents, criteria and plain loader settings: a
/// provider (call-site factory, options machinery) is a few hundred methods to JIT before the first document is read.
/// Anything else, such as a logger factory, a clock or a plug-in that takes constructor arguments, goes the DI way.
/// </summary>
internal static class DirectFactoryConstruction
{
    /// <summary>Creates the factory from the descriptors the callback added after <c>AddFiveStar</c>'s own.</summary>
    /// <param name="services">The collection after <c>AddFiveStar</c> and the callback.</param>
    /// <param name="core">The descriptors <c>AddFiveStar</c> itself added, which the callback must have left as they were.</param>
    /// <returns>The factory, or <see langword="null"/> when only a service provider can say what the callback meant.</returns>
    public static StarRaterFactory? TryCreate(IServiceCollection services, ServiceDescriptor[] core)
    {
        if (services.Count < core.Length)
        {
            return null;
        }

        for (var i = 0; i < core.Length; i++)
        {
            if (!ReferenceEquals(services[i], core[i]))
            {
                return null;
            }
        }

        var plugins = new List<CategoryPlugin>();
        var indicators = new List<IndicatorDefinition>();
        var shipped = new List<ShippedCriteriaDocument>();
        var loaderSetups = new List<IConfigureOptions<CriteriaLoaderOptions>>();
        for (var i = core.Length; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.IsKeyedService || descriptor.Lifetime != ServiceLifetime.Singleton)
            {
                return null;
            }

            var type = descriptor.ServiceType;
            if (type == typeof(CategoryPlugin) && Plugin(descriptor) is { } plugin)
            {
                plugins.Add(plugin);
            }
            else if (type == typeof(IndicatorDefinition) && descriptor.ImplementationInstance is IndicatorDefinition indicator)
            {
                indicators.Add(indicator);
            }
            else if (type == typeof(ShippedCriteriaDocument) && descriptor.ImplementationInstance is ShippedCriteriaDocument document)
            {
                shipped.Add(document);
            }
            else if (type == typeof(IConfigureOptions<CriteriaLoaderOptions>) && descriptor.ImplementationInstance is IConfigureOptions<CriteriaLoaderOptions> setup)
            {
                loaderSetups.Add(setup);
            }
            else if (type != typeof(IConfigureOptions<FiveStarOptions>) && type != typeof(PluginFolder))
            {
                // The criteria a host registers and the plug-in folder markers do not change the factory; anything else may.
                return null;
            }
        }

        var options = new CriteriaLoaderOptions();
        foreach (var setup in loaderSetups)
        {
            // In registration order, as OptionsFactory runs them.
            if (setup is IConfigureNamedOptions<CriteriaLoaderOptions> named)
            {
                named.Configure(Options.DefaultName, options);
            }
            else
            {
                setup.Configure(options);
            }
        }

        return new StarRaterFactory(new CategoryCatalog(plugins, indicators, shipped), options, TimeProvider.System);
    }

    /// <summary>A plug-in registered as an instance or as a type with a public parameterless constructor, made as DI would.</summary>
    private static CategoryPlugin? Plugin(ServiceDescriptor descriptor)
    {
        if (descriptor.ImplementationInstance is CategoryPlugin instance)
        {
            return instance;
        }

        if (descriptor.ImplementationType is not { IsAbstract: false } type || type.GetConstructor(Type.EmptyTypes) is not { } constructor
            || type.GetConstructors().Length != 1)
        {
            return null;
        }

        // Unwrapped, as DI throws a plug-in constructor's own exception.
        return (CategoryPlugin)constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, [], null);
    }
}
