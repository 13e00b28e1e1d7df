using FiveStar.Criteria;
using FiveStar.Plugins;
using FiveStar.Rating;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli;

/// <summary>Loads criteria for a command: the standard categories, plug-ins from a folder, and for RulesEngine files the village data's columns.</summary>
internal static class RaterLoader
{
    public static StarRaterFactory Factory(string? pluginsDirectory)
    {
        try
        {
            return StarRaterFactory.Create(b =>
            {
                b.AddStandardCategories();
                if (!string.IsNullOrEmpty(pluginsDirectory))
                {
                    b.AddPluginsFrom(pluginsDirectory);
                }
            });
        }
        catch (PluginLoadException exception)
        {
            throw new CliException("plug-ins could not be loaded:") { Details = exception.Problems };
        }
        catch (CriteriaException exception)
        {
            throw new CliException("a plug-in's manifest is invalid:") { Details = exception.Diagnostics.Select(d => d.ToString()).ToArray() };
        }
    }

    public static StarRater Load(string criteriaPath, string? villagesPath, string? pluginsDirectory, VillageFileFormat? format = null, string? sheet = null)
    {
        RequireFile(criteriaPath, "criteria");
        if (villagesPath is not null)
        {
            RequireFile(villagesPath, "villages");
        }

        var factory = Factory(pluginsDirectory);
        try
        {
            var document = factory.Loader.LoadFile(criteriaPath);
            var columns = document.FieldsFromData && villagesPath is not null ? VillageReader.InferColumns(villagesPath, format, sheet: sheet) : null;
            return factory.Compiler.Compile(document, columns);
        }
        catch (CriteriaException exception)
        {
            throw Invalid(exception);
        }
        catch (InvalidDataException exception)
        {
            throw new CliException(exception.Message);
        }
    }

    public static CliException Invalid(CriteriaException exception) =>
        new("the criteria are invalid:") { Details = exception.Diagnostics.Count > 0 ? exception.Diagnostics.Select(d => d.ToString()).ToArray() : [exception.Message] };

    public static void RequireFile(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"the {what} file {path} does not exist");
        }
    }

    public static VillageReader OpenVillages(string path, StarRater rater, VillageFileFormat? format, string? sheet = null)
    {
        try
        {
            return VillageReader.Open(path, rater.Schema, format, sheet);
        }
        catch (InvalidDataException exception)
        {
            throw new CliException(exception.Message);
        }
        catch (IOException exception)
        {
            throw new CliException($"cannot read {path}: {exception.Message}");
        }
    }
}
