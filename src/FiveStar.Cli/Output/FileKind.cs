namespace FiveStar.Cli.Output;

/// <summary>What a path is on disk, after following symbolic links: what <c>--out</c> may write to, and what it refuses.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there yet: a new file.</summary>
    Missing,

    /// <summary>A regular file, which is replaced as a whole.</summary>
    RegularFile,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A character or block device such as <c>/dev/null</c>.</summary>
    Device,

    /// <summary>A named pipe (FIFO).</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}
