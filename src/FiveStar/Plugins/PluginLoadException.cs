using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Plugins;

/// <summary>Thrown when plug-ins cannot be loaded from a folder; <see cref="Problems"/> names each file and what is wrong with it.</summary>
public sealed class PluginLoadException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="PluginLoadException"/> class with the problems found.</summary>
    /// <param name="problems">One sentence per problem, each naming the file.</param>
    public PluginLoadException(IReadOnlyList<string> problems)
        : this(problems, Language.Current)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PluginLoadException"/> class with the problems found, headed in a language.</summary>
    /// <param name="problems">One sentence per problem, each naming the file.</param>
    /// <param name="language">The language of the heading (the problems are already written).</param>
    internal PluginLoadException(IReadOnlyList<string> problems, Language language)
        : base(Localizer.Format(language, nameof(Messages.PluginFolder_Failed)) + Environment.NewLine + string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Initializes a new instance of the <see cref="PluginLoadException"/> class.</summary>
    public PluginLoadException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PluginLoadException"/> class with one message.</summary>
    /// <param name="message">What is wrong.</param>
    public PluginLoadException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Initializes a new instance of the <see cref="PluginLoadException"/> class with one message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PluginLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Gets one sentence per problem, each naming the file.</summary>
    public IReadOnlyList<string> Problems { get; }
}
