namespace FiveStar.Criteria.Json;

/// <summary>How one member of the JSON model is merged when a document <c>extends</c> another.</summary>
internal enum MergeKind
{
    /// <summary>The extending document's value, when it writes one, replaces the base's; an object is replaced whole.</summary>
    Replaced,

    /// <summary>A list of elements with a <see cref="MergeKeyAttribute"/> id: merged by id, new ids appended.</summary>
    MergedById,
}
