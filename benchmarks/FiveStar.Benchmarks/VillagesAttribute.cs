namespace FiveStar.Benchmarks;

/// <summary>
/// Marks a benchmark that rates a fixed number of villages per operation whatever <c>N</c> is (RulesEngine's slice),
/// for <see cref="PerVillageColumn"/>.
/// </summary>
/// <param name="count">The villages per operation.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class VillagesAttribute(int count) : Attribute
{
    /// <summary>Gets the villages per operation.</summary>
    public int Count { get; } = count;
}
