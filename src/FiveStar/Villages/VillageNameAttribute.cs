namespace FiveStar.Villages;

/// <summary>Marks the property that holds the village name, when it is not called <c>Name</c>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class VillageNameAttribute : Attribute;
