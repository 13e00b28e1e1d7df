namespace FiveStar.DependencyInjection;

/// <summary>FiveStar's settings in a host: the criteria documents to load. The loader's limits are <c>IOptions&lt;CriteriaLoaderOptions&gt;</c>.</summary>
public sealed class FiveStarOptions
{
    /// <summary>Gets the criteria documents to load at start-up.</summary>
    public IList<CriteriaSource> Criteria { get; } = [];
}
