using FiveStar.Cli.Output;

namespace FiveStar.Cli;

/// <summary>Where a command writes: results to <see cref="Output"/>, messages and progress to <see cref="Error"/>.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    /// <summary>Gets the message stream, on which control characters from files come out escaped.</summary>
    public TextWriter Error { get; } = new TerminalSafeWriter(error);

    /// <summary>Gets the raw message stream, for the progress line only (it redraws itself with a carriage return).</summary>
    public TextWriter Progress { get; } = error;

    /// <summary>Gets a value indicating whether progress may be drawn: only on a real terminal.</summary>
    public bool ShowProgress => ReferenceEquals(Progress, Console.Error) && !Console.IsErrorRedirected;
}
