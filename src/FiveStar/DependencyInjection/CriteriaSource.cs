namespace FiveStar.DependencyInjection;

/// <summary>A criteria document registered with <c>AddFiveStar</c>: where it comes from and how to read it.</summary>
/// <param name="Name">A name for messages and de-duplication, such as the file path.</param>
/// <param name="Open">Opens the document's UTF-8 JSON; the caller disposes the stream.</param>
/// <param name="BaseDirectory">The folder relative <c>extends</c> paths start from.</param>
public sealed record CriteriaSource(string Name, Func<Stream> Open, string? BaseDirectory);
