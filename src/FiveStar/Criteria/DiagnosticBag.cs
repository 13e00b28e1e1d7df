using FiveStar.Criteria.Json;

namespace FiveStar.Criteria;

/// <summary>Collects every load problem so that one load reports them all.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<CriteriaDiagnostic> _items = [];

    public IReadOnlyList<CriteriaDiagnostic> Items => _items;

    public bool HasErrors => _items.Count > 0;

    public void Add(SourceRef? source, string? id, string message, string? expression = null)
    {
        var position = source?.Locator.Find(source.JsonPath);
        _items.Add(new CriteriaDiagnostic(
            source?.File ?? "<criteria>",
            source?.JsonPath ?? "$",
            position?.Line,
            position?.Column,
            id,
            message,
            expression));
    }

    public void Add(CriteriaDiagnostic diagnostic) => _items.Add(diagnostic);

    public void ThrowIfAny()
    {
        if (_items.Count > 0)
        {
            throw new CriteriaException(_items.ToArray());
        }
    }
}
