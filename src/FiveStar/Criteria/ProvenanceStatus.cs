namespace FiveStar.Criteria;

/// <summary>Whether a criterion or rule comes from a cited source or is a reconstruction.</summary>
public enum ProvenanceStatus
{
    /// <summary>Nothing was said about where it comes from.</summary>
    Unspecified,

    /// <summary>It appears in a cited source (see <see cref="Provenance.Reference"/>).</summary>
    Sourced,

    /// <summary>It is a reconstruction or a suggested default that a domain expert should check.</summary>
    Inferred,
}
