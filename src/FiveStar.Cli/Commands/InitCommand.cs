using System.CommandLine;
using System.Text.Json;
using FiveStar.Cli.Resources;
using FiveStar.Criteria;
using FiveStar.CriteriaTests;
using FiveStar.Text;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar init</c>: writes a town's starter criteria file that extends a standard, every parameter listed ready to edit.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var extends = new Option<string>("--extends") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_InitExtends)), DefaultValueFactory = _ => "henan-rural-2022" };
        var output = new Option<string>("--out", "-o") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_InitOut)), Required = true };
        var id = new Option<string?>("--id") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_InitId)) };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var command = new Command("init", Localizer.Format(CliText.Language, nameof(Messages.Help_Init)))
        {
            extends, output, id, plugins, lang,
        };
        command.SetAction(result => CliApp.Guard(context, () =>
        {
            var language = Language.Parse(result.GetValue(lang)!);
            var path = result.GetValue(output)!;
            var standard = result.GetValue(extends)!;
            if (File.Exists(path))
            {
                throw new CliException(Localizer.Format(language, nameof(Messages.Init_Exists), path));
            }

            var factory = RaterLoader.Factory(result.GetValue(plugins), language: language);
            var reference = JsonEncodedText.Encode(standard).ToString();
            var document = factory.LoadJson($"{{\"schemaVersion\":\"1.0\",\"extends\":\"{reference}\"}}", "<init>", Directory.GetCurrentDirectory());
            var documentId = result.GetValue(id) ?? Path.GetFileNameWithoutExtension(path);
            using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                CriteriaStarter.Write(document, standard, documentId, writer, language);
            }

            context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Init_Written), path, document.Parameters.Count, document.Categories.Sum(c => c.Criteria.Count)));

            // The test file's skeleton beside it (town.json: town.tests.json, which fivestar test finds the criteria from).
            var testsPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + ".tests.json");
            if (File.Exists(testsPath))
            {
                context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Init_TestsExist), testsPath));
                return ExitCodes.Success;
            }

            var rater = factory.Compile(document);
            using (var writer = new StreamWriter(testsPath, append: false, new System.Text.UTF8Encoding(false)))
            {
                CriteriaTestStarter.Write(rater, Path.GetFileName(path), writer, language);
            }

            context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Init_TestsWritten), Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileName(testsPath))));
            return ExitCodes.Success;
        }));
        return command;
    }
}
