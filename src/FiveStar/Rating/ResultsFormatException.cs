namespace FiveStar.Rating;

/// <summary>A results document could not be read: it is not JSON of the results shape, or of a schema version this library does not read.</summary>
public sealed class ResultsFormatException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ResultsFormatException"/> class.</summary>
    public ResultsFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResultsFormatException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    public ResultsFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResultsFormatException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The error that was caught.</param>
    public ResultsFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
