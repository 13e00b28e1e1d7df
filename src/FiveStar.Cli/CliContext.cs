namespace FiveStar.Cli;

/// <summary>Where a command writes: results to <see cref="Output"/>, messages and progress to <see cref="Error"/>.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Gets a value indicating whether progress may be drawn: only on a real terminal.</summary>
    public bool ShowProgress => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
