using System.CommandLine;
using FiveStar.Cli.Resources;
using FiveStar.CriteriaTests;
using FiveStar.Text;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar test</c>: runs a town's test cases against its criteria; exit 0 only when every case passes.</summary>
internal static class TestCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("tests") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_TestFile)) };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var command = new Command("test", Localizer.Format(CliText.Language, nameof(Messages.Help_Test)))
        {
            file, plugins, lang,
        };
        command.SetAction(result => CliApp.Guard(context, () => Run(context, result.GetValue(file)!, result.GetValue(plugins), Language.Parse(result.GetValue(lang)!))));
        return command;
    }

    private static int Run(CliContext context, string path, string? plugins, Language language)
    {
        RaterLoader.RequireFile(path, "test");
        var runner = new CriteriaTestRunner(RaterLoader.Factory(plugins, language: language), language);
        var report = runner.RunFile(path);
        foreach (var result in report.Cases)
        {
            context.Output.WriteLine(Localizer.Format(language, result.Passed ? nameof(Messages.Test_Passed) : nameof(Messages.Test_Failed), result.Name));
            foreach (var failure in result.Failures)
            {
                context.Output.WriteLine($"    {failure.Message}");
            }
        }

        context.Output.WriteLine(Localizer.Format(language, nameof(Messages.Test_Summary), report.Passed, report.Cases.Count, report.Failed));
        return report.AllPassed ? ExitCodes.Success : ExitCodes.DataProblems;
    }
}
