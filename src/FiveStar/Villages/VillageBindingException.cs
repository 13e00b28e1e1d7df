namespace FiveStar.Villages;

/// <summary>
/// A village class cannot be bound to a rater's indicators: properties that match nothing, indicators with no property,
/// types that cannot hold their indicator. Thrown when the binding is built, with every problem at once, never at the
/// first village.
/// </summary>
public sealed class VillageBindingException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="VillageBindingException"/> class.</summary>
    public VillageBindingException()
        : this(string.Empty, [])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="VillageBindingException"/> class.</summary>
    /// <param name="message">The message.</param>
    public VillageBindingException(string message)
        : this(message, [])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="VillageBindingException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public VillageBindingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Initializes a new instance of the <see cref="VillageBindingException"/> class.</summary>
    /// <param name="message">A heading followed by every problem, one a line.</param>
    /// <param name="problems">Every problem, one sentence each.</param>
    public VillageBindingException(string message, IReadOnlyList<string> problems)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems;
    }

    /// <summary>Gets every problem found, one sentence each, naming the type and property.</summary>
    public IReadOnlyList<string> Problems { get; }
}
