using FiveStar.DependencyInjection;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;
using Microsoft.Extensions.Options;

namespace FiveStar;

/// <summary>The raters of the criteria registered with <c>AddFiveStar</c>, compiled once and shared; hosts see them as keyed <see cref="StarRater"/> services.</summary>
internal sealed class StarRaterRegistry
{
    private readonly Lazy<IReadOnlyList<StarRater>> _raters;

    /// <summary>Initializes a new instance of the <see cref="StarRaterRegistry"/> class.</summary>
    /// <param name="options">The registered criteria (validated, and so compiled, on first access).</param>
    /// <param name="factory">Loads and compiles criteria.</param>
    /// <param name="cache">The raters already compiled by start-up validation.</param>
    internal StarRaterRegistry(IOptions<FiveStarOptions> options, StarRaterFactory factory, CompiledCriteriaCache cache)
    {
        _raters = new Lazy<IReadOnlyList<StarRater>>(() =>
        {
            var value = options.Value;
            return value.Criteria.DistinctBy(s => s.Name).Select(s => cache.BySource.GetOrAdd(s.Name, _ =>
            {
                using var stream = s.Open();
                return factory.FromStream(stream, s.Name, s.BaseDirectory);
            })).ToArray();
        });
    }

    /// <summary>Gets every registered rater, in registration order.</summary>
    public IReadOnlyList<StarRater> All => _raters.Value;

    /// <summary>Gets the only registered rater.</summary>
    /// <exception cref="InvalidOperationException">None or several criteria documents are registered.</exception>
    public StarRater Default => All.Count == 1
        ? All[0]
        : throw new InvalidOperationException(All.Count == 0
            ? Localizer.Format(Language.Current, nameof(Messages.Di_NoCriteria))
            : Localizer.Format(Language.Current, nameof(Messages.Di_SeveralCriteria), All.Count));

    /// <summary>Gets the rater of a document by its id.</summary>
    /// <param name="documentId">The document id, such as <c>hanzhuang-2022</c>.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="KeyNotFoundException">No registered document has that id.</exception>
    public StarRater Get(string documentId) => All.FirstOrDefault(r => string.Equals(r.Document.Id, documentId, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException(Localizer.Format(Language.Current, nameof(Messages.Di_UnknownDocument), documentId, string.Join(", ", All.Select(r => r.Document.Id))));
}
