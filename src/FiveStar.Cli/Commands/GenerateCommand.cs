using System.CommandLine;
using System.Globalization;
using FiveStar.Cli.Output;
using FiveStar.Cli.Resources;
using FiveStar.Criteria;
using FiveStar.Rating;
using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Villages.Generation;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar generate</c>: writes reproducible synthetic villages for any criteria, for benchmarks and trials at scale.</summary>
internal static class GenerateCommand
{
    /// <summary>The most villages of a <c>--like</c> file read to learn value ranges from.</summary>
    private const int SampleLimit = 100_000;

    public static Command Create(CliContext context)
    {
        var criteria = CommonOptions.Criteria();
        var count = new Option<long>("--count", "-n") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_GenerateCount)), DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed", "-s") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_GenerateSeed)), DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--out", "-o") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_GenerateOut)) };
        var like = new Option<string?>("--like") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_GenerateLike)) };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var inputFormat = CommonOptions.InputFormat();
        var command = new Command("generate", Localizer.Format(CliText.Language, nameof(Messages.Help_Generate)))
        {
            criteria, count, seed, output, like, plugins, lang, inputFormat,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () => Run(
            context,
            result.GetValue(criteria)!,
            result.GetValue(count),
            result.GetValue(seed),
            result.GetValue(output),
            result.GetValue(like),
            result.GetValue(plugins),
            Language.Parse(result.GetValue(lang)!),
            CommonOptions.ParseFormat(result.GetValue(inputFormat)),
            cancellationToken))));
        return command;
    }

    /// <summary>The format a generated file is written in, by its extension.</summary>
    internal static VillageFileFormat? FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" => VillageFileFormat.Csv,
        ".JSONL" or ".NDJSON" => VillageFileFormat.JsonLines,
        _ => null,
    };

    /// <summary>Loads the criteria (with a RulesEngine file, the columns of <paramref name="likePath"/>) and calibrates a generator.</summary>
    internal static SyntheticVillageGenerator Generator(string criteriaPath, string? likePath, string? plugins, int seed, Text.Language language, VillageFileFormat? likeFormat, CancellationToken cancellationToken)
    {
        var rater = LoadRater(criteriaPath, likePath, plugins, language, likeFormat, Localizer.Format(language, nameof(Messages.Generate_NeedsLike), criteriaPath), cancellationToken);
        VillageBatch? sample = null;
        if (likePath is not null)
        {
            using var reader = RaterLoader.OpenVillages(likePath, rater, likeFormat);
            sample = rater.CreateBatch(1024);
            reader.ReadBatch(sample, SampleLimit);
        }

        return new SyntheticVillageGenerator(rater, new SyntheticVillageOptions { Seed = seed, Sample = sample });
    }

    /// <summary>
    /// Loads and compiles criteria; a RulesEngine file takes its columns from <paramref name="columnsPath"/>, and without
    /// one the command stops with <paramref name="needsColumns"/>.
    /// </summary>
    internal static StarRater LoadRater(string criteriaPath, string? columnsPath, string? plugins, Text.Language language, VillageFileFormat? format, string needsColumns, CancellationToken cancellationToken)
    {
        RaterLoader.RequireFile(criteriaPath, "criteria");
        if (columnsPath is not null)
        {
            RaterLoader.RequireFile(columnsPath, "villages");
        }

        var factory = RaterLoader.Factory(plugins, language: language);
        try
        {
            var document = factory.LoadFile(criteriaPath);
            if (document.FieldsFromData && columnsPath is null)
            {
                throw new CliException(needsColumns);
            }

            var columns = document.FieldsFromData ? VillageReader.InferColumns(columnsPath!, format, null) : null;
            return factory.Compile(document, columns, cancellationToken);
        }
        catch (CriteriaException exception)
        {
            throw RaterLoader.Invalid(exception);
        }
        catch (InvalidDataException exception)
        {
            throw new CliException(exception.Message);
        }
    }

    private static int Run(CliContext context, string criteriaPath, long count, int seed, string? outputPath, string? likePath, string? plugins, Text.Language language, VillageFileFormat? likeFormat, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(outputPath) || FormatOf(outputPath) is not { } format)
        {
            throw new CliException(Localizer.Format(language, nameof(Messages.Generate_NeedsOut)));
        }

        if (count < 0)
        {
            throw new CliException(Localizer.Format(language, nameof(Messages.Generate_BadCount), count));
        }

        using var target = OutputTarget.Open(outputPath, context.Output, language);
        var generator = Generator(criteriaPath, likePath, plugins, seed, language, likeFormat, cancellationToken);
        target.Writer.Flush();
        generator.Write(target.File!, format, count, cancellationToken);
        target.Commit();
        var criteria = generator.Rater.Criteria;
        var inBand = criteria.Count(c => generator.PassRates[c.Index] is >= 0.2 and <= 0.8);
        context.Error.WriteLine(Localizer.Format(language, nameof(Messages.Generate_Written), count, outputPath, seed, inBand, criteria.Count));
        foreach (var criterion in criteria.Where(c => generator.PassRates[c.Index] is < 0.2 or > 0.8))
        {
            context.Error.WriteLine(Localizer.Format(language, nameof(Messages.Generate_OutOfBand), criterion.CategoryId, criterion.Id, (generator.PassRates[criterion.Index] * 100).ToString("0", CultureInfo.InvariantCulture)));
        }

        return ExitCodes.Success;
    }
}
