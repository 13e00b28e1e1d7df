using System.Reflection;
using FiveStar.Resources;
using FiveStar.Text;

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
        // No loader options exist yet when plug-ins are loaded: the problems speak the UI culture (the tool sets it from --lang).
        var language = Language.Current;
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new PluginLoadException([Localizer.Format(language, nameof(Messages.PluginFolder_Missing), full)], language);
        }

        var problems = new List<string>();
        var plugins = new List<CategoryPlugin>();
        foreach (var file in Candidates(full))
        {
            plugins.AddRange(LoadFile(file, problems, language));
        }

        foreach (var duplicate in plugins.GroupBy(p => p.CategoryId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(Localizer.Format(language, nameof(Messages.PluginFolder_CategoryClaimedTwice), string.Join(Localizer.Format(language, nameof(Messages.PluginFolder_And)), duplicate.Select(p => p.GetType().Assembly.Location)), duplicate.Key));
        }

        if (problems.Count > 0)
        {
            throw new PluginLoadException(problems, language);
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

    private static List<CategoryPlugin> LoadFile(string file, List<string> problems, Language language)
    {
        var found = new List<CategoryPlugin>();
        try
        {
            AssemblyName.GetAssemblyName(file);
        }
        catch (BadImageFormatException)
        {
            problems.Add(Localizer.Format(language, nameof(Messages.PluginFolder_NotAnAssembly), file));
            return found;
        }

        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(file).LoadFromAssemblyPath(file);
        }
        catch (Exception exception) when (exception is FileLoadException or BadImageFormatException or FileNotFoundException)
        {
            problems.Add(Localizer.Format(language, nameof(Messages.PluginFolder_CannotLoad), file, exception.Message));
            return found;
        }

        var contract = typeof(CategoryPlugin).Assembly.GetName();
        var reference = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == contract.Name);
        if (reference is null)
        {
            problems.Add(Localizer.Format(language, nameof(Messages.PluginFolder_NoContractReference), file, contract.Name));
            return found;
        }

        if (reference.Version?.Major != contract.Version?.Major)
        {
            problems.Add(Localizer.Format(language, nameof(Messages.PluginFolder_IncompatibleContract), file, contract.Name, reference.Version, contract.Version, contract.Version?.Major));
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
            problems.Add(Localizer.Format(language, nameof(Messages.PluginFolder_TypesUnloadable), file, first));
            return found;
        }

        var pluginTypes = types.Where(t => typeof(CategoryPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true }).ToList();
        if (pluginTypes.Count == 0)
        {
            problems.Add(Localizer.Format(language, nameof(Messages.PluginFolder_NoPluginType), file));
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
                problems.Add(Localizer.Format(language, nameof(Messages.PluginFolder_PluginThrew), file, type.FullName, cause.GetType().Name, cause.Message));
            }
        }

        return found;
    }
}
