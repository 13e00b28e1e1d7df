namespace FiveStar.DependencyInjection;

/// <summary>A criteria document registered with <c>AddFiveStar</c>: where it comes from and how to read it.</summary>
public sealed class CriteriaSource
{
    /// <summary>Initializes a new instance of the <see cref="CriteriaSource"/> class.</summary>
    /// <param name="name">A name for messages and de-duplication, such as the file path.</param>
    /// <param name="open">Opens the document's UTF-8 JSON; the caller disposes the stream.</param>
    /// <param name="baseDirectory">The folder relative <c>extends</c> paths start from.</param>
    public CriteriaSource(string name, Func<Stream> open, string? baseDirectory)
    {
        Name = name;
        Open = open;
        BaseDirectory = baseDirectory;
    }

    /// <summary>Gets a name for messages and de-duplication, such as the file path.</summary>
    public string Name { get; }

    /// <summary>Gets the function that opens the document's UTF-8 JSON; the caller disposes the stream.</summary>
    public Func<Stream> Open { get; }

    /// <summary>Gets the folder relative <c>extends</c> paths start from.</summary>
    public string? BaseDirectory { get; }
}
