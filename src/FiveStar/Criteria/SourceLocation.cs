using System.Globalization;

namespace FiveStar.Criteria;

/// <summary>A place in a criteria document: the file (or shipped document, or plug-in manifest), line and column.</summary>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Initializes a new instance of the <see cref="SourceLocation"/> class.</summary>
    /// <param name="file">The file as the loader names it.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="column">The 1-based column, when known.</param>
    /// <param name="kind">What kind of document the file is.</param>
    public SourceLocation(string file, int? line, int? column, SourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(file);
        File = file;
        Line = line;
        Column = column;
        Kind = kind;
    }

    /// <summary>Gets the file as the loader names it: a path, <c>builtin:henan-rural-2022</c> for a shipped document, <c>FiveStar.Plugins.BranchStrong:manifest.json</c> for a plug-in's defaults.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>Gets what kind of document the file is.</summary>
    public SourceKind Kind { get; }

    /// <inheritdoc/>
    public bool Equals(SourceLocation? other) =>
        other is not null && string.Equals(File, other.File, StringComparison.Ordinal) && Line == other.Line && Column == other.Column && Kind == other.Kind;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(File), Line, Column, Kind);

    /// <summary>Formats the place as <c>file:line:col</c>, as load errors are.</summary>
    /// <returns>The formatted place.</returns>
    public override string ToString() =>
        Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}:{Column ?? 1}")
            : File;
}
