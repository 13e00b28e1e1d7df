using System.Globalization;

namespace FiveStar.Criteria;

/// <summary>A place in a criteria document: the file (or shipped document, or plug-in manifest), line and column.</summary>
/// <param name="File">The file as the loader names it: a path, <c>builtin:henan-rural-2022</c> for a shipped document, <c>FiveStar.Plugins.BranchStrong:manifest.json</c> for a plug-in's defaults.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Column">The 1-based column, when known.</param>
/// <param name="Kind">What kind of document the file is.</param>
public sealed record SourceLocation(string File, int? Line, int? Column, SourceKind Kind)
{
    /// <summary>Formats the place as <c>file:line:col</c>, as load errors are.</summary>
    /// <returns>The formatted place.</returns>
    public override string ToString() =>
        Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}:{Column ?? 1}")
            : File;
}
