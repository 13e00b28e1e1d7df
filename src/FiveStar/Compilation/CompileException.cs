namespace FiveStar.Compilation;

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

    public CompileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
