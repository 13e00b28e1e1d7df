using System.Diagnostics;
using FiveStar.Compilation;
using FiveStar.Criteria;
using FiveStar.Plugins;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FiveStar;

/// <summary>
/// Loads and compiles criteria into <see cref="StarRater"/>s. Resolve it from DI after <c>AddFiveStar</c>, or create one
/// directly with <see cref="Create(Action{IFiveStarBuilder})"/>: <c>var rater = StarRaterFactory.Create(b =&gt; b.AddStandardCategories()).FromBuiltIn("henan-rural-2022");</c>
/// </summary>
public sealed partial class StarRaterFactory
{
    private readonly ILogger<StarRaterFactory> _logger;

    /// <summary>Initializes a new instance of the <see cref="StarRaterFactory"/> class.</summary>
    /// <param name="catalog">The categories plug-ins provide.</param>
    /// <param name="options">The loader's limits.</param>
    /// <param name="timeProvider">The clock for the default rating year.</param>
    /// <param name="logger">Receives load diagnostics.</param>
    public StarRaterFactory(CategoryCatalog catalog, CriteriaLoaderOptions? options = null, TimeProvider? timeProvider = null, ILogger<StarRaterFactory>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Loader = new CriteriaLoader(catalog, options, timeProvider);
        Compiler = new CriteriaCompiler(catalog, options);
        _logger = logger ?? NullLogger<StarRaterFactory>.Instance;
    }

    /// <summary>Gets the categories plug-ins provide.</summary>
    public CategoryCatalog Catalog => Loader.Catalog;

    /// <summary>Gets the loader.</summary>
    public CriteriaLoader Loader { get; }

    /// <summary>Gets the compiler.</summary>
    public CriteriaCompiler Compiler { get; }

    /// <summary>Creates a factory with no plug-ins: it loads RulesEngine files and documents that declare their own indicators.</summary>
    /// <returns>A factory.</returns>
    public static StarRaterFactory Create() => Create(static _ => { });

    /// <summary>
    /// Creates a factory with whatever <paramref name="configure"/> adds, for example the five standard categories of the
    /// FiveStar.Standard package: <c>StarRaterFactory.Create(b =&gt; b.AddStandardCategories())</c>.
    /// </summary>
    /// <param name="configure">Adds plug-ins and shipped documents, e.g. <c>b =&gt; b.AddStandardCategories().AddPluginsFrom("plugins")</c>.</param>
    /// <returns>A factory.</returns>
    public static StarRaterFactory Create(Action<IFiveStarBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var services = new ServiceCollection();
        services.AddFiveStar(configure);
        return services.BuildServiceProvider().GetRequiredService<StarRaterFactory>();
    }

    /// <summary>Loads and compiles a criteria file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="dataColumns">The village data's columns; required for RulesEngine files, which take their fields from the data.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The file is invalid; every problem is listed.</exception>
    public StarRater FromFile(string path, IReadOnlyList<DataColumn>? dataColumns = null) =>
        Timed(path, () => Compiler.Compile(Loader.LoadFile(path), dataColumns));

    /// <summary>Loads and compiles criteria from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="dataColumns">The village data's columns, for RulesEngine workflows.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public StarRater FromJson(string json, string sourceName = "<string>", IReadOnlyList<DataColumn>? dataColumns = null) =>
        Timed(sourceName, () => Compiler.Compile(Loader.LoadJson(json, sourceName), dataColumns));

    /// <summary>Loads and compiles criteria from a stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="baseDirectory">The folder relative <c>extends</c> paths start from.</param>
    /// <param name="dataColumns">The village data's columns, for RulesEngine workflows.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public StarRater FromStream(Stream utf8Json, string sourceName = "<stream>", string? baseDirectory = null, IReadOnlyList<DataColumn>? dataColumns = null) =>
        Timed(sourceName, () => Compiler.Compile(Loader.Load(utf8Json, sourceName, baseDirectory), dataColumns));

    /// <summary>Loads and compiles a document an extension package ships, such as FiveStar.Standard's <c>henan-rural-2022</c>.</summary>
    /// <param name="id">The document id.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="ArgumentException">No registered package ships a document with that id.</exception>
    public StarRater FromBuiltIn(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var shipped = Catalog.FindShipped(id) ?? throw new ArgumentException(DescribeMissingShipped(Catalog, id, Loader.Options.Language), nameof(id));
        using var stream = shipped.Open();
        return FromStream(stream, $"builtin:{shipped.Id}");
    }

    /// <summary>Says that no registered package ships a document, and which ones are shipped.</summary>
    internal static string DescribeMissingShipped(CategoryCatalog catalog, string id, Language language) => catalog.ShippedDocuments.Count == 0
        ? Localizer.Format(language, nameof(Messages.Load_ShippedUnknownNoShipped), id)
        : Localizer.Format(language, nameof(Messages.Load_ShippedUnknown), id, string.Join(", ", catalog.ShippedDocuments.Select(d => d.Id)));

    private StarRater Timed(string source, Func<StarRater> load)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var rater = load();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogLoaded(rater.Document.Id, source, rater.Categories.Count, rater.CriterionCount, elapsed);
            return rater;
        }
        catch (CriteriaException exception)
        {
            LogRejected(source, exception.Diagnostics.Count, exception.Message);
            throw;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loaded criteria {DocumentId} from {Source}: {Categories} categories, {Criteria} criteria, compiled in {ElapsedMs:0.0} ms")]
    private partial void LogLoaded(string documentId, string source, int categories, int criteria, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Rejected criteria {Source} with {Count} problems: {Details}")]
    private partial void LogRejected(string source, int count, string details);
}
