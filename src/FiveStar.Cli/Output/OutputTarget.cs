using System.Text;

namespace FiveStar.Cli.Output;

/// <summary>
/// Where results go: standard output, or a file written as a temporary file beside it and renamed at the end, so a
/// failed or cancelled run leaves no partial file. The folder is checked for writing before any work is done.
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

    public static OutputTarget Open(string? path, TextWriter standardOutput)
    {
        if (string.IsNullOrEmpty(path))
        {
            return new OutputTarget(standardOutput, null, null, null);
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new CliException($"cannot write {path}: the folder {folder} does not exist");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            var file = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
            return new OutputTarget(file, full, temporary, file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {path}: {exception.Message}");
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
}
