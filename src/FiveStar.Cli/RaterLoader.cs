using FiveStar.Cli.Resources;
using FiveStar.Criteria;
using FiveStar.Plugins;
using FiveStar.Rating;
using FiveStar.Villages.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar.Cli;

/// <summary>Loads criteria for a command: the standard categories, plug-ins from a folder, and for RulesEngine files the village data's columns.</summary>
internal static class RaterLoader
{
    /// <summary>A factory with the standard categories and the folder's plug-ins; <paramref name="strict"/> makes criteria warnings errors, <paramref name="language"/> is the language of load messages.</summary>
    public static StarRaterFactory Factory(string? pluginsDirectory, bool strict = false, Text.Language? language = null)
    {
        try
        {
            return StarRaterFactory.Create(b =>
            {
                b.AddStandardCategories();
                b.Services.Configure<CriteriaLoaderOptions>(o =>
                {
                    o.WarningsAsErrors = strict;
                    o.Language = language ?? o.Language;
                });
                if (!string.IsNullOrEmpty(pluginsDirectory))
                {
                    b.AddPluginsFrom(pluginsDirectory);
                }
            });
        }
        catch (PluginLoadException exception)
        {
            throw new CliException(Localizer.Format(language ?? Text.Language.Current, nameof(Messages.Cli_PluginsFailed))) { Details = exception.Problems };
        }
        catch (CriteriaException exception)
        {
            throw new CliException(Localizer.Format(language ?? Text.Language.Current, nameof(Messages.Cli_PluginManifestInvalid))) { Details = exception.Diagnostics.Select(d => d.ToString()).ToArray() };
        }
    }

    /// <summary>Loads and compiles criteria for a command; the document's warnings go to <paramref name="warnings"/> (with <paramref name="strict"/>, they are errors).</summary>
    public static StarRater Load(string criteriaPath, string? villagesPath, string? pluginsDirectory, VillageFileFormat? format = null, string? sheet = null, bool strict = false, TextWriter? warnings = null, Text.Language? language = null, CancellationToken cancellationToken = default)
    {
        RequireFile(criteriaPath, "criteria", language);
        if (villagesPath is not null)
        {
            RequireFile(villagesPath, "villages", language);
        }

        var factory = Factory(pluginsDirectory, strict, language);
        try
        {
            var document = factory.LoadFile(criteriaPath);
            foreach (var warning in document.Warnings)
            {
                warnings?.WriteLine(warning.ToString());
            }

            var columns = document.FieldsFromData && villagesPath is not null ? VillageReader.InferColumns(villagesPath, format, sheet: sheet) : null;
            return factory.Compile(document, columns, cancellationToken);
        }
        catch (CriteriaException exception)
        {
            throw Invalid(exception, language);
        }
        catch (InvalidDataException exception)
        {
            throw new CliException(exception.Message);
        }
    }

    public static CliException Invalid(CriteriaException exception, Text.Language? language = null) =>
        new(Localizer.Format(language ?? Text.Language.Current, nameof(Messages.Cli_CriteriaInvalid))) { Details = exception.Diagnostics.Count > 0 ? exception.Diagnostics.Select(d => d.ToString()).ToArray() : [exception.Message] };

    /// <summary>Refuses a missing input file; <paramref name="what"/> is <c>criteria</c>, <c>villages</c>, <c>tests</c> or <c>results</c>.</summary>
    public static void RequireFile(string path, string what, Text.Language? language = null)
    {
        if (!File.Exists(path))
        {
            var name = what switch
            {
                "criteria" => nameof(Messages.Cli_CriteriaFileMissing),
                "villages" => nameof(Messages.Cli_VillagesFileMissing),
                "tests" or "test" => nameof(Messages.Cli_TestsFileMissing),
                _ => nameof(Messages.Cli_FileMissing),
            };
            throw new CliException(Localizer.Format(language ?? Text.Language.Current, name, path));
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
            throw new CliException(Localizer.Format(Text.Language.Current, nameof(Messages.Cli_CannotRead), path, exception.Message));
        }
    }
}
