using FiveStar.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FiveStar;

/// <summary>Registers category plug-ins; a plug-in package's own <c>AddXxx()</c> calls this.</summary>
public static class CategoryPluginBuilderExtensions
{
    /// <summary>Adds a category plug-in as a singleton; adding the same plug-in type again has no effect.</summary>
    /// <typeparam name="TPlugin">The plug-in.</typeparam>
    /// <param name="builder">The FiveStar builder from <c>services.AddFiveStar(b => ...)</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IFiveStarBuilder AddCategoryPlugin<TPlugin>(this IFiveStarBuilder builder)
        where TPlugin : CategoryPlugin
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<CategoryPlugin, TPlugin>());
        return builder;
    }
}
