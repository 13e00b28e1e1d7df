using System.Collections.Concurrent;
using FiveStar.Rating;

namespace FiveStar.DependencyInjection;

/// <summary>Holds the raters compiled at start-up validation, so the registry does not compile them again.</summary>
internal sealed class CompiledCriteriaCache
{
    public ConcurrentDictionary<string, StarRater> BySource { get; } = new(StringComparer.Ordinal);
}
