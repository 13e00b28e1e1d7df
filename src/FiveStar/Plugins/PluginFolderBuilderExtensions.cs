using FiveStar.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FiveStar;

/// <summary>Adds category plug-ins from a folder of assemblies.</summary>
public static class PluginFolderBuilderExtensions
{
    /// <summary>
    /// Loads every plug-in in a folder, each in its own assembly load context, and registers it. Loading a folder twice
    /// is harmless. This runs the folder's code in your process: point it only at folders you trust like your own binaries.
    /// </summary>
    /// <param name="builder">The FiveStar builder.</param>
    /// <param name="directory">The folder: plug-in <c>*.dll</c> files, or <c>Name/Name.dll</c> subfolders with their dependencies.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="PluginLoadException">A file is not a plug-in or failed to load; every failure names its file.</exception>
    public static IFiveStarBuilder AddPluginsFrom(this IFiveStarBuilder builder, string directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var full = Path.GetFullPath(directory);
        var marker = new PluginFolder(full);
        if (builder.Services.Any(d => d.ServiceType == typeof(PluginFolder) && Equals(d.ImplementationInstance, marker)))
        {
            return builder;
        }

        foreach (var plugin in PluginFolderLoader.Load(full))
        {
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton(plugin));
        }

        builder.Services.AddSingleton(marker);
        return builder;
    }
}
