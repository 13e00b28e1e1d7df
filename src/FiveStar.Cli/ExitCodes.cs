namespace FiveStar.Cli;

/// <summary>The exit codes scripts rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The command finished, but some villages had data problems; every other village was scored.</summary>
    public const int DataProblems = 1;

    /// <summary>Invalid criteria, files or usage; nothing was scored.</summary>
    public const int Invalid = 2;
}
