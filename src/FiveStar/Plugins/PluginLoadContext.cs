using System.Reflection;
using System.Runtime.Loader;

namespace FiveStar.Plugins;

/// <summary>
/// The load context of one plug-in assembly: its own dependencies resolve from its folder (so it may carry its own
/// versions), while the contract assemblies are shared with the host so its <see cref="CategoryPlugin"/> is the host's type.
/// </summary>
internal sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(pluginPath))
{
    private static readonly HashSet<string> SharedAssemblies = new(StringComparer.OrdinalIgnoreCase)
    {
        typeof(CategoryPlugin).Assembly.GetName().Name!,
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.GetName().Name!,
    };

    private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is not null && SharedAssemblies.Contains(assemblyName.Name))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
