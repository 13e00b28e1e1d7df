using System.CommandLine;
using System.Runtime.InteropServices;
using FiveStar.Cli.Commands;
using FiveStar.Cli.Resources;
using FiveStar.Criteria;

namespace FiveStar.Cli;

/// <summary>The <c>fivestar</c> command line: parses arguments, runs a command, and maps failures to the documented exit codes.</summary>
public static class CliApp
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where messages go.</param>
    /// <returns>0 on success, 1 when villages had data problems, 2 for invalid criteria, files or usage.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Commands do their work synchronously inside InvokeAsync, and System.CommandLine registers its Ctrl+C handler
        // only once the action's task has been returned, i.e. after the work: so the tool handles the signals itself.
        // The first Ctrl+C (or SIGTERM) cancels the token, the command stops between blocks and deletes its temporary
        // --out file; a second one ends the process at once, as usual.
        using var cancellation = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            if (!cancellation.IsCancellationRequested)
            {
                signal.Cancel = true;
                cancellation.Cancel();
            }
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return Run(args, output, error, cancellation.Token);
    }

    /// <summary>Runs the tool with a token that cancels it (Ctrl+C does the same): the command stops between blocks and leaves no partial output file.</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["--version"])
        {
            // The tool's own version, also when it runs inside another process.
            var version = typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";
            output.WriteLine(version);
            return ExitCodes.Success;
        }

        var context = new CliContext(output, error);
        CliText.UseArguments(args);
        var verbose = new Option<bool>("--verbose") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_Verbose)), Recursive = true };
        var root = new RootCommand(Localizer.Format(CliText.Language, nameof(Messages.Help_Root)))
        {
            ValidateCommand.Create(context),
            ScoreCommand.Create(context),
            ExplainCommand.Create(context),
            GapCommand.Create(context),
            DiffCommand.Create(context),
            ReportCommand.Create(context),
            TemplateCommand.Create(context),
            PluginsCommand.Create(context),
            SchemaCommand.Create(context),
            TestCommand.Create(context),
            InitCommand.Create(context),
            ShowCommand.Create(context),
            GenerateCommand.Create(context),
            BenchCommand.Create(context),
        };
        root.Options.Add(verbose);

        // The run speaks one language: System.CommandLine's own messages (parse errors, help headings) and the
        // library's (Language.Current) follow the UI culture, so --lang sets it for the whole run, parsing included.
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = CliText.Language.Culture;
            var parsed = root.Parse(args);
            s_verbose = parsed.GetValue(verbose);
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
            {
                foreach (var parseError in parsed.Errors)
                {
                    error.WriteLine($"fivestar: {Translate(parsed, parseError.Message)}");
                }

                error.WriteLine(Localizer.Format(CliText.Language, nameof(Messages.Cli_UsageHint)));
                return ExitCodes.Invalid;
            }

            return parsed.InvokeAsync(configuration, cancellationToken).GetAwaiter().GetResult();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    [ThreadStatic]
    private static bool s_verbose;

    /// <summary>A parse error in the run's language: System.CommandLine 2.0 has no Chinese for a missing required option.</summary>
    private static string Translate(ParseResult parsed, string message)
    {
        foreach (var option in parsed.CommandResult.Command.Options)
        {
            if (option.Required && string.Equals(message, $"Option '{option.Name}' is required.", StringComparison.Ordinal))
            {
                return Localizer.Format(CliText.Language, nameof(Messages.Cli_OptionRequired), option.Name);
            }
        }

        return message;
    }

    /// <summary>Runs a command body, turning known failures into messages and exit codes.</summary>
    internal static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException exception)
        {
            context.Error.WriteLine($"fivestar: {exception.Message}");
            foreach (var detail in exception.Details)
            {
                context.Error.WriteLine(detail);
            }

            return exception.ExitCode;
        }
        catch (CriteriaException exception)
        {
            foreach (var diagnostic in exception.Diagnostics)
            {
                context.Error.WriteLine(diagnostic.ToString());
            }

            return ExitCodes.Invalid;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine($"fivestar: {Localizer.Format(CliText.Language, nameof(Messages.Cli_Cancelled))}");
            return ExitCodes.Invalid;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"fivestar: {exception.Message}");
            return ExitCodes.Invalid;
        }
#pragma warning disable CA1031 // The last resort: a message (with the stack trace under --verbose) and the documented exit code, never a crash.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            context.Error.WriteLine(s_verbose
                ? $"fivestar: {Localizer.Format(CliText.Language, nameof(Messages.Cli_UnexpectedVerbose), exception)}"
                : $"fivestar: {Localizer.Format(CliText.Language, nameof(Messages.Cli_Unexpected), exception.GetType().Name, exception.Message)}");
            return ExitCodes.Invalid;
        }
    }
}
