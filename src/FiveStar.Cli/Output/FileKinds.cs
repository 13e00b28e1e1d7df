using System.Runtime.InteropServices;

namespace FiveStar.Cli.Output;

/// <summary>
/// Tells a regular file from a device, FIFO, socket or directory. .NET has no public API for the Unix file type
/// (dotnet/runtime#85148; <see cref="FileAttributes"/> calls a FIFO "Normal"), so on Unix this asks the runtime's own
/// native shim, <c>SystemNative_Stat</c>, which every .NET installation ships and which FileStream itself uses: its
/// status record is laid out by .NET, the same on every Unix, with the mode (type bits as in POSIX) at byte 4.
/// </summary>
internal static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>Returns what the path is, following symbolic links; <see cref="FileKind.Missing"/> when nothing is there.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Its kind.</returns>
    public static FileKind Of(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        if (OperatingSystem.IsWindows())
        {
            // Windows devices (NUL, CON, COM1) are not files File.Exists sees; what it sees is a regular file.
            return FileKind.RegularFile;
        }

        // Larger than the record of any .NET version, which only ever grew at its end.
        var status = new byte[512];
        if (Stat(path, status) != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => FileKind.RegularFile,
            Directory => FileKind.Directory,
            CharacterDevice or BlockDevice => FileKind.Device,
            Fifo => FileKind.Fifo,
            Socket => FileKind.Socket,
            _ => FileKind.Device,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(string path, byte[] status);
}
