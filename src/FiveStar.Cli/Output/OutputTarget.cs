using System.Text;
using FiveStar.Cli.Resources;

namespace FiveStar.Cli.Output;

/// <summary>
/// Where results go: standard output, or a file written as a temporary file beside it and renamed at the end, so a
/// failed or cancelled run leaves no partial file. Only a regular file or a new path is written: a device such as
/// <c>/dev/null</c>, a FIFO, a socket or a directory is refused before any work is done, and a symbolic link is written
/// through (its final target is replaced, the link stays). The folder is checked for writing before any work too.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _path;
    private readonly string? _temporary;
    private readonly StreamWriter? _file;
    private bool _committed;

    private OutputTarget(TextWriter writer, string? path, string? temporary, StreamWriter? file)
    {
        Writer = writer;
        _path = path;
        _temporary = temporary;
        _file = file;
    }

    public TextWriter Writer { get; }

    /// <summary>Gets the temporary file's stream, for binary output such as workbooks; null for standard output.</summary>
    public Stream? File => _file?.BaseStream;

    /// <summary>Opens standard output (no path) or a file to replace at <see cref="Commit"/>.</summary>
    /// <param name="path">The file, or null or empty for standard output.</param>
    /// <param name="standardOutput">Standard output.</param>
    /// <param name="language">The language of the messages.</param>
    /// <returns>The target.</returns>
    /// <exception cref="CliException">The path is not a regular file or a new path, or its folder cannot be written.</exception>
    public static OutputTarget Open(string? path, TextWriter standardOutput, Text.Language language)
    {
        if (string.IsNullOrEmpty(path))
        {
            return new OutputTarget(standardOutput, null, null, null);
        }

        var full = Final(path, language);
        var kind = FileKinds.Of(full);
        if (kind is not (FileKind.Missing or FileKind.RegularFile))
        {
            throw new CliException(Localizer.Format(language, nameof(Messages.Out_NotRegularFile), path, KindText(kind, language)));
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new CliException(Localizer.Format(language, nameof(Messages.Out_NoFolder), path, folder));
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            // CreateNew: never follow or reuse whatever already sits at the temporary name (a planted link).
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            if (kind == FileKind.RegularFile && !OperatingSystem.IsWindows())
            {
                // The replacement keeps the permissions of the file it replaces.
                System.IO.File.SetUnixFileMode(stream.SafeFileHandle, System.IO.File.GetUnixFileMode(full));
            }

            var file = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
            return new OutputTarget(file, full, temporary, file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException(Localizer.Format(language, nameof(Messages.Out_CannotWrite), path, exception.Message));
        }
    }

    /// <summary>Puts the finished file in place.</summary>
    public void Commit()
    {
        if (_file is null)
        {
            Writer.Flush();
            return;
        }

        _file.Dispose();
        System.IO.File.Move(_temporary!, _path!, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_file is null || _committed)
        {
            return;
        }

        _file.Dispose();
        System.IO.File.Delete(_temporary!);
    }

    private static string KindText(FileKind kind, Text.Language language) => Localizer.Format(language, kind switch
    {
        FileKind.Directory => nameof(Messages.Out_KindDirectory),
        FileKind.Fifo => nameof(Messages.Out_KindFifo),
        FileKind.Socket => nameof(Messages.Out_KindSocket),
        _ => nameof(Messages.Out_KindDevice),
    });

    /// <summary>The path with every symbolic link followed to its final target, so the rename replaces the target and not the link.</summary>
    private static string Final(string path, Text.Language language)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is null)
            {
                return full;
            }

            // A link to a link is followed to the end; a dangling link is written through to the path it names.
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (IOException exception)
        {
            // A cycle of links, or one too deep to follow.
            throw new CliException(Localizer.Format(language, nameof(Messages.Out_CannotWrite), path, exception.Message));
        }
    }
}
