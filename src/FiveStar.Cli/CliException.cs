namespace FiveStar.Cli;

/// <summary>Stops a command with a message for people and an exit code.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.Invalid)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException()
        : this(Resources.Localizer.Format(Resources.CliText.Language, nameof(Resources.Messages.Cli_CommandFailed)))
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.Invalid;
    }

    public int ExitCode { get; }

    /// <summary>Gets further lines to print, one per problem.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];
}
