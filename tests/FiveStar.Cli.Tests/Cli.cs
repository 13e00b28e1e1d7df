namespace FiveStar.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it prints.</summary>
internal static class Cli
{
    public static string Root { get; } = FindRoot();

    public static string Hanzhuang(string file) => Path.Combine(Root, "samples/Hanzhuang", file);

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FiveStar.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FiveStar.sln not found");
    }
}
