namespace FiveStar.Criteria.Json;

/// <summary>
/// Marks a member that holds an entry's logic: a merged entry's source is the file that wrote its logic, so an error in
/// an expression points at the document that wrote the expression, not at one that only renamed the entry.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class MergeLogicAttribute : Attribute;
