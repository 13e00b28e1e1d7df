namespace FiveStar.Criteria.Json;

/// <summary>
/// Marks a member that is an alternative to others: when an extending document writes it, the base's values of the
/// named members are not inherited (a criterion that writes <c>expression</c> drops the base's <c>operator</c> and
/// <c>rules</c>), so the merge never joins two ways of saying the same thing.
/// </summary>
/// <param name="members">The C# names of the members whose base values the member replaces.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class MergeReplacesAttribute(params string[] members) : Attribute
{
    /// <summary>Gets the C# names of the members whose base values the member replaces.</summary>
    public IReadOnlyList<string> Members { get; } = members;
}
