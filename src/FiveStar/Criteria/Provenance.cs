namespace FiveStar.Criteria;

/// <summary>Where a criterion, parameter or rule comes from.</summary>
public sealed class Provenance : IEquatable<Provenance>
{
    /// <summary>Initializes a new instance of the <see cref="Provenance"/> class.</summary>
    /// <param name="status">Sourced or inferred.</param>
    /// <param name="reference">The source cited, such as a URL, for sourced items.</param>
    /// <param name="note">A short note, such as what is inferred and why.</param>
    internal Provenance(ProvenanceStatus status, string? reference, string? note)
    {
        Status = status;
        Reference = reference;
        Note = note;
    }

    /// <summary>Gets whether the item is sourced or inferred.</summary>
    public ProvenanceStatus Status { get; }

    /// <summary>Gets the source cited, such as a URL, for sourced items.</summary>
    public string? Reference { get; }

    /// <summary>Gets a short note, such as what is inferred and why.</summary>
    public string? Note { get; }

    /// <summary>Compares two Provenance values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(Provenance? left, Provenance? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two Provenance values member by member.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Provenance? left, Provenance? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(Provenance? other) => other is not null && EqualityComparer<ProvenanceStatus>.Default.Equals(Status, other.Status) && EqualityComparer<string?>.Default.Equals(Reference, other.Reference) && EqualityComparer<string?>.Default.Equals(Note, other.Note);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Provenance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Reference, Note);
}
