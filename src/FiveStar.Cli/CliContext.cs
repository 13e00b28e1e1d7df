namespace FiveStar.Cli;

/// <summary>Where a command writes: results to <see cref="Output"/>, messages and progress to <see cref="Error"/>.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, CancellationToken cancellation = default)
{
    public TextWriter Output { get; } = output;

    /// <summary>Gets the token Ctrl+C and SIGTERM cancel; long commands check it between blocks of villages.</summary>
    public CancellationToken Cancellation { get; } = cancellation;

    public TextWriter Error { get; } = error;

    /// <summary>Gets a value indicating whether progress may be drawn: only on a real terminal.</summary>
    public bool ShowProgress => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
