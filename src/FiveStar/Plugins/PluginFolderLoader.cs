using System.Reflection;

namespace FiveStar.Plugins;

/// <summary>
/// Loads category plug-ins from a folder of assemblies, each in its own load context. A plug-in is a <c>*.dll</c> directly
/// in the folder, or <c>Name/Name.dll</c> in a subfolder that also holds its dependencies. Loading code from a folder runs
/// that code in the host process: only point it at folders you trust as much as your own binaries.
/// </summary>
public static class PluginFolderLoader
{
    /// <summary>Finds, loads and instantiates every plug-in in a folder.</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>The plug-in instances, in file-name order.</returns>
    /// <exception cref="PluginLoadException">Any file failed; every failure is listed with its file.</exception>
    public static IReadOnlyList<CategoryPlugin> Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new PluginLoadException([$"{full}: the plug-in folder does not exist"]);
        }

        var problems = new List<string>();
        var plugins = new List<CategoryPlugin>();
        foreach (var file in Candidates(full))
        {
            plugins.AddRange(LoadFile(file, problems));
        }

        foreach (var duplicate in plugins.GroupBy(p => p.CategoryId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"{string.Join(" and ", duplicate.Select(p => p.GetType().Assembly.Location))}: two plug-ins claim category \"{duplicate.Key}\"; keep only one");
        }

        if (problems.Count > 0)
        {
            throw new PluginLoadException(problems);
        }

        return plugins;
    }

    private static IEnumerable<string> Candidates(string directory)
    {
        var direct = Directory.EnumerateFiles(directory, "*.dll");
        var nested = Directory.EnumerateDirectories(directory)
            .Select(d => Path.Combine(d, Path.GetFileName(d) + ".dll"))
            .Where(File.Exists);
        return direct.Concat(nested).Order(StringComparer.Ordinal);
    }

    private static List<CategoryPlugin> LoadFile(string file, List<string> problems)
    {
        var found = new List<CategoryPlugin>();
        try
        {
            AssemblyName.GetAssemblyName(file);
        }
        catch (BadImageFormatException)
        {
            problems.Add($"{file}: not a .NET assembly");
            return found;
        }

        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(file).LoadFromAssemblyPath(file);
        }
        catch (Exception exception) when (exception is FileLoadException or BadImageFormatException or FileNotFoundException)
        {
            problems.Add($"{file}: cannot be loaded: {exception.Message}");
            return found;
        }

        var contract = typeof(CategoryPlugin).Assembly.GetName();
        var reference = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == contract.Name);
        if (reference is null)
        {
            problems.Add($"{file}: no plug-in in it (it does not reference {contract.Name}); a plug-in derives from FiveStar.Plugins.CategoryPlugin");
            return found;
        }

        if (reference.Version?.Major != contract.Version?.Major)
        {
            problems.Add($"{file}: built against an incompatible contract: {contract.Name} {reference.Version}, but this host has {contract.Version}; rebuild the plug-in against {contract.Version?.Major}.x");
            return found;
        }

        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            var first = exception.LoaderExceptions.FirstOrDefault(e => e is not null)?.Message ?? exception.Message;
            problems.Add($"{file}: built against an incompatible contract: its types cannot be loaded ({first})");
            return found;
        }

        var pluginTypes = types.Where(t => typeof(CategoryPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true }).ToList();
        if (pluginTypes.Count == 0)
        {
            problems.Add($"{file}: no plug-in in it; a plug-in is a class deriving from FiveStar.Plugins.CategoryPlugin with a parameterless constructor");
            return found;
        }

        foreach (var type in pluginTypes)
        {
            try
            {
                var plugin = (CategoryPlugin)Activator.CreateInstance(type, nonPublic: true)!;
                _ = plugin.CategoryId;
                found.Add(plugin);
            }
#pragma warning disable CA1031 // A faulty plug-in is reported by name, never allowed to sink the host, whatever it throws.
            catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
                problems.Add($"{file}: plug-in {type.FullName} threw while it registered: {cause.GetType().Name}: {cause.Message}");
            }
        }

        return found;
    }
}
