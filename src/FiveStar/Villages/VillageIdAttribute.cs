namespace FiveStar.Villages;

/// <summary>Marks the property that holds the village id, when it is not called <c>Id</c>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class VillageIdAttribute : Attribute;
