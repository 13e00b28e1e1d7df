namespace FiveStar.Criteria.Json;

/// <summary>Marks a list whose elements have ids but which an extending document replaces whole when it writes it.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class MergeWholeAttribute : Attribute;
