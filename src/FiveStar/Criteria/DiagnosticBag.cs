using FiveStar.Criteria.Json;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>Collects every load problem so that one load reports them all.</summary>
/// <param name="language">The language of the notes the bag adds (where a base document defines what an override changed).</param>
internal sealed class DiagnosticBag(Language? language = null)
{
    private readonly List<CriteriaDiagnostic> _items = [];
    private readonly List<CriteriaDiagnostic> _warnings = [];
    private readonly List<CriteriaDiagnostic> _deferred = [];
    private readonly List<(string File, string ObjectPath, string Member)> _unreadable = [];

    public IReadOnlyList<CriteriaDiagnostic> Items => _items;

    /// <summary>Gets the warnings: problems that do not stop the load unless warnings are errors.</summary>
    public IReadOnlyList<CriteriaDiagnostic> Warnings => _warnings;

    public bool HasErrors => _items.Count > 0;

    /// <summary>Gets how many problems the bag holds: errors, deferred errors and warnings.</summary>
    public int Count => _items.Count + _deferred.Count + _warnings.Count;

    public Language Language { get; } = language ?? Language.Current;

    public void Add(SourceRef? source, string? id, string message, string? expression = null) =>
        _items.Add(Create(source, id, message, expression, ProblemSeverity.Error));

    /// <summary>Adds a warning; with <paramref name="asError"/> (CriteriaLoaderOptions.WarningsAsErrors) it is an error.</summary>
    public void AddWarning(SourceRef? source, string? id, string message, bool asError)
    {
        if (asError)
        {
            _items.Add(Create(source, id, message, null, ProblemSeverity.Error));
        }
        else
        {
            _warnings.Add(Create(source, id, message, null, ProblemSeverity.Warning));
        }
    }

    public void Add(CriteriaDiagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>
    /// Adds an error whose cause has been taken out of the document (an override that matches nothing and is dropped),
    /// so loading goes on and reports the document's other problems with it.
    /// </summary>
    public void AddDeferred(SourceRef? source, string? id, string message) =>
        _deferred.Add(Create(source, id, message, null, ProblemSeverity.Error));

    /// <summary>Adds a located error whose cause the reader has left out of the document (see <see cref="AddDeferred(SourceRef?, string?, string)"/>).</summary>
    public void AddDeferred(CriteriaDiagnostic diagnostic) => _deferred.Add(diagnostic);

    /// <summary>Gets a value indicating whether a "missing member" was left unsaid because the member was given but could not be read.</summary>
    public bool SuppressedCascade { get; private set; }

    /// <summary>Records that an object of a file gives a member that could not be read (a value of the wrong type, a misspelt name).</summary>
    public void MarkUnreadable(string file, string objectPath, string member) => _unreadable.Add((file, objectPath, member));

    /// <summary>
    /// Tells whether <paramref name="member"/> of the object at <paramref name="source"/> (or the member at
    /// <paramref name="source"/> itself) was given but could not be read, and records that its "missing" message is left
    /// unsaid: the reader has reported it once already.
    /// </summary>
    public bool IsUnreadable(SourceRef? source, string member)
    {
        if (GivesUnreadable(source, member))
        {
            SuppressedCascade = true;
            return true;
        }

        return false;
    }

    /// <summary>Tells whether <paramref name="member"/> of the object at <paramref name="source"/> was given but could not be read, recording nothing.</summary>
    public bool GivesUnreadable(SourceRef? source, string member)
    {
        foreach (var at in new[] { source, source?.Override }.OfType<SourceRef>())
        {
            foreach (var (file, objectPath, name) in _unreadable)
            {
                if (string.Equals(file, at.File, StringComparison.Ordinal) && string.Equals(name, member, StringComparison.OrdinalIgnoreCase)
                    && (string.Equals(at.JsonPath, objectPath, StringComparison.OrdinalIgnoreCase) || string.Equals(at.JsonPath, $"{objectPath}.{name}", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Gets a value indicating whether every error so far is deferred: its cause is out of the document, which can still be compiled for the others.</summary>
    public bool OnlyDeferred => _items.Count == 0 && _deferred.Count > 0 && !SuppressedCascade;

    /// <summary>Throws when there are errors; deferred errors count only when <paramref name="includeDeferred"/>, but are always reported with the others.</summary>
    /// <param name="includeDeferred">Whether deferred errors count.</param>
    /// <param name="document">
    /// The document built in spite of the errors, when every one is deferred: the exception carries it so that its
    /// expressions can still be compiled and their problems reported in the same run.
    /// </param>
    public void ThrowIfAny(bool includeDeferred = false, CriteriaDocument? document = null)
    {
        if (_items.Count > 0 || (includeDeferred && _deferred.Count > 0))
        {
            throw new CriteriaException(InWrittenOrder([.. _deferred, .. _items])) { Partial = OnlyDeferred ? document : null };
        }
    }

    /// <summary>Orders problems as the user wrote them: file by file (in the order first met), then by line and column.</summary>
    public static CriteriaDiagnostic[] InWrittenOrder(IReadOnlyList<CriteriaDiagnostic> diagnostics)
    {
        var files = diagnostics.Select(d => d.File).Distinct(StringComparer.Ordinal).ToList();
        return [.. diagnostics
            .OrderBy(d => files.IndexOf(d.File))
            .ThenBy(d => d.Line ?? 0)
            .ThenBy(d => d.Column ?? 0)];
    }

    /// <summary>
    /// Places a problem: a problem in an object that a town's file overrides is reported at the override (the line the
    /// town wrote), with the base document's definition as a note; one the town's file wrote over a base definition gets
    /// the base definition as a note as well.
    /// </summary>
    private CriteriaDiagnostic Create(SourceRef? source, string? id, string message, string? expression, ProblemSeverity severity)
    {
        var shown = source?.Override ?? source;
        var position = shown?.Locator.Find(shown.JsonPath);
        var other = source?.Override is not null ? source : source?.Base;
        var notes = new List<string>();
        if (other is not null && other.Locator.Find(other.JsonPath) is { } at)
        {
            notes.Add(Localizer.Format(Language, nameof(Messages.Load_NoteBaseDefines), $"{other.File}:{at.Line}:{at.Column}"));
        }

        return new CriteriaDiagnostic(
            shown?.File ?? "<criteria>",
            shown?.JsonPath ?? "$",
            position?.Line,
            position?.Column,
            id,
            message,
            expression)
        {
            Severity = severity,
            Notes = notes,
        };
    }
}
