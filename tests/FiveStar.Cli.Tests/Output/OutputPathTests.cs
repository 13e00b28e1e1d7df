using System.Diagnostics;
using FiveStar.Cli.Output;

namespace FiveStar.Cli.Tests.Output;

/// <summary>Issue #17, class 2: <c>--out</c> writes only a regular file or a new path, and never replaces a device, FIFO, directory or link.</summary>
public class OutputPathTests
{
    [Fact]
    public void Score_OutIsDevNull_RefusesBeforeAnyWorkAndLeavesTheDevice()
    {
        Assert.False(OperatingSystem.IsWindows(), "Unix devices; this test runs on Linux and macOS");

        var (exitCode, output, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "-f", "csv", "--out", "/dev/null", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("cannot write /dev/null: it is a device (such as /dev/null); --out writes only to a regular file or a new path", error, StringComparison.Ordinal);
        Assert.Equal(FileKind.Device, FileKinds.Of("/dev/null"));
        Assert.Empty(Directory.GetFiles("/dev", ".null.*.tmp"));
    }

    [Fact]
    public async Task Score_OutIsFifo_RefusesWithoutOpeningIt()
    {
        Assert.False(OperatingSystem.IsWindows(), "FIFOs; this test runs on Linux and macOS");
        using var folder = new TempFolder();
        var fifo = folder.File("results.csv");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        // Opening a FIFO with no reader would block for ever; the refusal must come first.
        var run = Task.Run(() => Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "-f", "csv", "--out", fifo, "--lang", "zh"));
        var (exitCode, _, error) = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, exitCode);
        Assert.Contains($"无法写入 {fifo}：它是命名管道（FIFO）", error, StringComparison.Ordinal);
        Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo));
        Assert.Equal([fifo], Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [InlineData("score")]
    [InlineData("report")]
    [InlineData("template")]
    public void Command_OutIsDirectory_RefusesAndLeavesTheDirectory(string command)
    {
        using var folder = new TempFolder();
        var directory = Directory.CreateDirectory(Path.Combine(folder.Path, "results")).FullName;
        string[] args = command == "template"
            ? [command, "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "--out", directory, "--lang", "en"]
            : [command, "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--out", directory, "--lang", "en"];

        var (exitCode, _, error) = Cli.Run(args);

        Assert.Equal(2, exitCode);
        Assert.Contains($"cannot write {directory}: it is a directory", error, StringComparison.Ordinal);
        Assert.True(Directory.Exists(directory));
        Assert.Equal([directory], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Score_OutIsSymlink_WritesThroughAndKeepsTheLinkAndThePermissions()
    {
        Assert.False(OperatingSystem.IsWindows(), "Unix permissions; this test runs on Linux and macOS");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var real = folder.File("real.csv", "old");
        File.SetUnixFileMode(real, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var link = Path.Combine(folder.Path, "link.csv");
        File.CreateSymbolicLink(link, "real.csv");
        var chain = Path.Combine(folder.Path, "chain.csv");
        File.CreateSymbolicLink(chain, "link.csv");

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "-f", "csv", "--out", chain);

        Assert.True(exitCode == 0, error);
        Assert.Equal("link.csv", new FileInfo(chain).LinkTarget);
        Assert.Equal("real.csv", new FileInfo(link).LinkTarget);
        Assert.StartsWith("id,name,stars", File.ReadAllText(real), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(real));
        Assert.Equal(3, Directory.GetFileSystemEntries(folder.Path).Length);
    }

    [Fact]
    public void Score_OutIsLinkToDevice_RefusesAndKeepsTheLink()
    {
        Assert.False(OperatingSystem.IsWindows(), "Unix devices; this test runs on Linux and macOS");
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "results.csv");
        File.CreateSymbolicLink(link, "/dev/null");

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--out", link, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("it is a device", error, StringComparison.Ordinal);
        Assert.Equal("/dev/null", new FileInfo(link).LinkTarget);
        Assert.Equal(FileKind.Device, FileKinds.Of("/dev/null"));
    }

    [Fact]
    public void Score_TemporaryNameAlreadyTaken_RefusesRatherThanFollowIt()
    {
        Assert.False(OperatingSystem.IsWindows(), "symbolic links; this test runs on Linux and macOS");
        using var folder = new TempFolder();
        var victim = folder.File("victim.txt", "keep me");
        var results = Path.Combine(folder.Path, "results.csv");
        File.CreateSymbolicLink(Path.Combine(folder.Path, $".results.csv.{Environment.ProcessId}.tmp"), victim);

        var (exitCode, _, error) = Cli.Run("score", "-c", Cli.Hanzhuang("hanzhuang-2022.json"), "-v", Cli.Hanzhuang("villages.csv"), "--out", results, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains($"cannot write {results}", error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.False(File.Exists(results));
    }

    [Fact]
    public void FileKinds_RegularFileAndMissingPath_AreTold()
    {
        using var folder = new TempFolder();

        Assert.Equal(FileKind.RegularFile, FileKinds.Of(folder.File("a.txt", "x")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(folder.Path, "none")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(folder.Path));
    }
}
