namespace FiveStar.Compilation.Plan;

/// <summary>Raised inside the compiler when one expression cannot be compiled; the compiler turns it into a diagnostic.</summary>
internal sealed class CompileException : Exception
{
    public CompileException(string message)
        : base(message)
    {
    }

    public CompileException()
    {
    }

    /// <summary>Gets a value indicating whether the message already names the derived indicator at fault, so readers of it pass it on as it is.</summary>
    public bool NamesDerivedIndicator { get; init; }

    public CompileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
