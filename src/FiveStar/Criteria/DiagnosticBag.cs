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

    public IReadOnlyList<CriteriaDiagnostic> Items => _items;

    /// <summary>Gets the warnings: problems that do not stop the load unless warnings are errors.</summary>
    public IReadOnlyList<CriteriaDiagnostic> Warnings => _warnings;

    public bool HasErrors => _items.Count > 0;

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

    /// <summary>Throws when there are errors; deferred errors count only when <paramref name="includeDeferred"/>, but are always reported with the others.</summary>
    public void ThrowIfAny(bool includeDeferred = false)
    {
        if (_items.Count > 0 || (includeDeferred && _deferred.Count > 0))
        {
            throw new CriteriaException([.. _deferred, .. _items]);
        }
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
