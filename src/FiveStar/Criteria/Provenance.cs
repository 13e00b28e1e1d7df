namespace FiveStar.Criteria;

/// <summary>Where a criterion, parameter or rule comes from.</summary>
/// <param name="Status">Sourced or inferred.</param>
/// <param name="Reference">The source cited, such as a URL, for sourced items.</param>
/// <param name="Note">A short note, such as what is inferred and why.</param>
public sealed record Provenance(ProvenanceStatus Status, string? Reference, string? Note);
