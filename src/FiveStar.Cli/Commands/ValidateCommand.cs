using System.CommandLine;
using FiveStar.Cli.Resources;
using FiveStar.Criteria;
using FiveStar.Text;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar validate</c>: loads and compiles criteria files; with <c>--villages</c>, also checks names against the file's columns.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("criteria") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_ValidateFiles)), Arity = ArgumentArity.ZeroOrMore };

        // The other commands name their criteria with --criteria: validate takes that spelling too, rather than reading
        // "--criteria" as a file that does not exist.
        var criteria = new Option<string[]>("--criteria", "-c") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_ValidateFiles)), Arity = ArgumentArity.ZeroOrMore };
        var villages = CommonOptions.Villages(required: false);
        var plugins = CommonOptions.Plugins();
        var inputFormat = CommonOptions.InputFormat();
        var sheet = CommonOptions.Sheet();
        var strict = CommonOptions.Strict();
        var lang = CommonOptions.Lang();
        var command = new Command("validate", Localizer.Format(CliText.Language, nameof(Messages.Help_Validate)))
        {
            files, criteria, villages, plugins, inputFormat, sheet, strict, lang,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(files) is not { Length: > 0 } && result.GetValue(criteria) is not { Length: > 0 })
            {
                result.AddError(Localizer.Format(CliText.Language, nameof(Messages.Validate_NoFiles)));
            }
        });
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () => Run(context, [.. result.GetValue(files) ?? [], .. result.GetValue(criteria) ?? []], result.GetValue(villages), result.GetValue(plugins), CommonOptions.ParseFormat(result.GetValue(inputFormat)), result.GetValue(sheet), result.GetValue(strict), Language.Parse(result.GetValue(lang)!), cancellationToken))));
        return command;
    }

    private static int Run(CliContext context, string[] files, string? villagesPath, string? plugins, VillageFileFormat? format, string? sheet, bool strict, Text.Language language, CancellationToken cancellationToken)
    {
        var factory = RaterLoader.Factory(plugins, strict, language);
        IReadOnlyList<string>? columns = null;
        if (villagesPath is not null)
        {
            RaterLoader.RequireFile(villagesPath, "villages");
            columns = VillageReader.InferColumns(villagesPath, format, sheet: sheet).Select(c => c.Name).ToArray();
        }

        var errors = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                context.Error.WriteLine($"{file}:1:1: -: {Localizer.Format(language, nameof(Messages.Validate_FileMissing))}");
                errors++;
                continue;
            }

            try
            {
                var document = factory.LoadFile(file);
                foreach (var warning in document.Warnings)
                {
                    context.Error.WriteLine(warning.ToString());
                }

                if (document.FieldsFromData && villagesPath is null)
                {
                    context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Validate_WorkflowNeedsVillages), file));
                    continue;
                }

                var rater = factory.Compile(document, document.FieldsFromData ? VillageReader.InferColumns(villagesPath!, format, sheet: sheet) : null, cancellationToken);
                var fileErrors = 0;
                if (columns is not null && !document.FieldsFromData)
                {
                    fileErrors = CheckColumns(context, file, villagesPath!, format, sheet, columns, rater, language);
                }

                if (fileErrors == 0)
                {
                    context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Validate_Valid), file, rater.Categories.Count, rater.CriterionCount));
                }

                errors += fileErrors;
            }
            catch (CriteriaException exception)
            {
                foreach (var diagnostic in exception.Diagnostics)
                {
                    context.Error.WriteLine(diagnostic.ToString());
                }

                errors += Math.Max(1, exception.Diagnostics.Count);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // One file that cannot be checked does not stop the others.
                context.Error.WriteLine(Localizer.Format(language, nameof(Messages.Validate_FileFailed), file, exception.Message));
                errors++;
            }
        }

        return errors == 0 ? ExitCodes.Success : ExitCodes.Invalid;
    }

    /// <summary>
    /// Checks a FiveStar document's indicators against a villages file's header: a required indicator without a column, or
    /// one a criterion reads, is an error (every village would be unrated, or the criterion never met); a column that is
    /// no indicator is a warning with the nearest indicator's name.
    /// </summary>
    private static int CheckColumns(CliContext context, string file, string villagesPath, VillageFileFormat? format, string? sheet, IReadOnlyList<string> columns, Rating.StarRater rater, Text.Language language)
    {
        var errors = 0;

        // Columns may name indicators by id or by their Chinese or English names; the reader tells which is which.
        using var reader = VillageReader.Open(villagesPath, rater.Schema, format, sheet);
        reader.ReadBatch(rater.CreateBatch(1), 1);
        var has = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
        has.UnionWith(reader.ColumnIndicators.OfType<string>());
        foreach (var indicator in rater.Schema.Indicators.Where(i => i.Required && !has.Contains(i.Id)))
        {
            context.Error.WriteLine($"{villagesPath}:1:1: {indicator.Id}: {Localizer.Format(language, nameof(Messages.Validate_RequiredWithoutColumn), indicator.Id, indicator.Name.In(language))}");
            errors++;
        }

        foreach (var criterion in rater.Criteria)
        {
            foreach (var indicator in criterion.Indicators.Where(i => !has.Contains(i)))
            {
                var place = WhereWritten(rater.Document, criterion.Id) ?? new SourceLocation(file, 1, 1, SourceKind.Document);
                context.Error.WriteLine($"{place}: {criterion.Id}: {Localizer.Format(language, nameof(Messages.Validate_CriterionColumnMissing), indicator, villagesPath)}");
                errors++;
            }
        }

        // The reader's own header check names unknown columns with the nearest indicator (it needs one village to run).
        foreach (var warning in reader.Warnings.Where(w => w.Kind == Rating.DataProblemKind.UnknownColumn))
        {
            context.Error.WriteLine($"{ScoreCommand.Where(villagesPath, warning)}: -: warning: {warning.Message}");
        }

        return errors;
    }

    /// <summary>
    /// Where this file writes the criterion's id (its own entry or its override), from the document's trail;
    /// <see langword="null"/> when only a base document or plug-in defines it.
    /// </summary>
    private static SourceLocation? WhereWritten(CriteriaDocument document, string criterionId)
    {
        static IEnumerable<CriterionDefinition> All(IEnumerable<CriterionDefinition> criteria) =>
            criteria.SelectMany(c => All(c.Rules).Prepend(c));

        var definition = All(document.Categories.SelectMany(c => c.Criteria)).FirstOrDefault(c => string.Equals(c.Id, criterionId, StringComparison.Ordinal));
        var place = definition is null ? null : definition.Trail.WhereSet("id") ?? definition.Trail.WhereSet("RuleName");
        return place is { Kind: SourceKind.Document } ? place : null;
    }
}
