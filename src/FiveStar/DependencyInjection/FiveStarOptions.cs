using FiveStar.Criteria;

namespace FiveStar.DependencyInjection;

/// <summary>FiveStar's settings in a host: the criteria documents to load and the loader's limits.</summary>
public sealed class FiveStarOptions
{
    /// <summary>Gets the criteria documents to load at start-up.</summary>
    public IList<CriteriaSource> Criteria { get; } = [];

    /// <summary>Gets the limits that protect the loader from hostile or broken files.</summary>
    public CriteriaLoaderOptions Limits { get; } = new();
}
