using System.CommandLine;
using FiveStar.Criteria;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar validate</c>: loads and compiles criteria files; with <c>--villages</c>, also checks names against the file's columns.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("criteria") { Description = "One or more criteria files.", Arity = ArgumentArity.OneOrMore };
        var villages = CommonOptions.Villages(required: false);
        var plugins = CommonOptions.Plugins();
        var command = new Command("validate", "Check criteria files: every error is printed as <file>:<line>:<col>: <criterion-id>: <message>.\nExample: fivestar validate samples/Hanzhuang/hanzhuang-2022.json --villages samples/Hanzhuang/villages.csv")
        {
            files, villages, plugins,
        };
        command.SetAction(result => CliApp.Guard(context, () => Run(context, result.GetValue(files)!, result.GetValue(villages), result.GetValue(plugins))));
        return command;
    }

    private static int Run(CliContext context, string[] files, string? villagesPath, string? plugins)
    {
        var factory = RaterLoader.Factory(plugins);
        IReadOnlyList<string>? columns = null;
        if (villagesPath is not null)
        {
            RaterLoader.RequireFile(villagesPath, "villages");
            columns = VillageReader.InferColumns(villagesPath).Select(c => c.Name).ToArray();
        }

        var errors = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                context.Error.WriteLine($"{file}:1:1: -: the file does not exist");
                errors++;
                continue;
            }

            try
            {
                var document = factory.Loader.LoadFile(file);
                if (document.FieldsFromData && villagesPath is null)
                {
                    context.Output.WriteLine($"{file}: RulesEngine workflow, structure valid; its fields come from the village data, so pass --villages to check every name its expressions use");
                    continue;
                }

                var rater = factory.Compiler.Compile(document, document.FieldsFromData ? VillageReader.InferColumns(villagesPath!) : null);
                if (columns is not null && !document.FieldsFromData)
                {
                    foreach (var criterion in rater.Criteria)
                    {
                        foreach (var indicator in criterion.Indicators.Where(i => !columns.Contains(i, StringComparer.OrdinalIgnoreCase)))
                        {
                            context.Error.WriteLine($"{file}:1:1: {criterion.Id}: reads indicator {indicator}, but {villagesPath} has no column for it");
                            errors++;
                        }
                    }

                    foreach (var column in columns.Where(c => rater.Schema.IndexOf(c) < 0))
                    {
                        context.Error.WriteLine($"{villagesPath}:1:1: -: warning: column \"{column}\" is not an indicator of {file} and would be ignored");
                    }
                }

                context.Output.WriteLine($"{file}: valid ({rater.Categories.Count} categories, {rater.CriterionCount} criteria)");
            }
            catch (CriteriaException exception)
            {
                foreach (var diagnostic in exception.Diagnostics)
                {
                    context.Error.WriteLine(diagnostic.ToString());
                }

                errors += Math.Max(1, exception.Diagnostics.Count);
            }
        }

        return errors == 0 ? ExitCodes.Success : ExitCodes.Invalid;
    }
}
