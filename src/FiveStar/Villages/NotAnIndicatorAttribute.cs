namespace FiveStar.Villages;

/// <summary>Marks a property of a village class that holds no indicator (a database key, a timestamp), so binding skips it.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class NotAnIndicatorAttribute : Attribute;
