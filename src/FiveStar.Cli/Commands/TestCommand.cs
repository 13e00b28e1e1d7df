using System.CommandLine;
using FiveStar.Cli.Resources;
using FiveStar.CriteriaTests;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar test</c>: runs a town's test cases against its criteria; exit 0 only when every case passes.</summary>
internal static class TestCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("tests") { Description = "The test file (docs/criteria-tests.md): example villages with the stars, criteria and vetoes expected." };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var command = new Command("test", "Run a town's test cases against its criteria and print each failure with what was expected and what came out.\nExample: fivestar test samples/Hanzhuang/hanzhuang-2022.tests.json")
        {
            file, plugins, lang,
        };
        command.SetAction(result => CliApp.Guard(context, () => Run(context, result.GetValue(file)!, result.GetValue(plugins), new Language(result.GetValue(lang)!))));
        return command;
    }

    private static int Run(CliContext context, string path, string? plugins, Language language)
    {
        RaterLoader.RequireFile(path, "test");
        var runner = new CriteriaTestRunner(RaterLoader.Factory(plugins, language: language.Library), language.Library);
        var report = runner.RunFile(path);
        foreach (var result in report.Cases)
        {
            context.Output.WriteLine(Localizer.Format(language.Library, result.Passed ? nameof(Messages.Test_Passed) : nameof(Messages.Test_Failed), result.Name));
            foreach (var failure in result.Failures)
            {
                context.Output.WriteLine($"    {failure.Message}");
            }
        }

        context.Output.WriteLine(Localizer.Format(language.Library, nameof(Messages.Test_Summary), report.Passed, report.Cases.Count, report.Failed));
        return report.AllPassed ? ExitCodes.Success : ExitCodes.DataProblems;
    }
}
