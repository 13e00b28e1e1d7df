namespace FiveStar.Criteria.Json;

/// <summary>
/// Marks the id of a JSON model type whose lists merge by id when a document <c>extends</c> another: an entry with the
/// id of a base entry (in any letter case) is merged into it, member by member, and an entry with a new id is appended.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class MergeKeyAttribute : Attribute
{
    /// <summary>Gets a value indicating whether an entry with a base entry's id replaces it whole instead of merging into it.</summary>
    public bool ReplacesEntry { get; init; }
}
