namespace FiveStar.Cli.Tests;

/// <summary>
/// A test that needs Debian's Chromium. Where it is missing the test is skipped with the reason, except in CI
/// (<c>CI=true</c>), where it runs and fails: CI installs Chromium, so a missing browser there is a broken pipeline, not a pass.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Chromium is not installed at {Executable} (apt-get install chromium); the HTML report was not checked in a browser.";
        }
    }
}
