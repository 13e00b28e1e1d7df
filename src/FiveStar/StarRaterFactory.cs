using System.Diagnostics;
using FiveStar.Compilation;
using FiveStar.Criteria;
using FiveStar.Plugins;
using FiveStar.Rating;
using FiveStar.Villages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FiveStar;

/// <summary>
/// Loads and compiles criteria into <see cref="StarRater"/>s. Resolve it from DI after <c>AddFiveStar</c>, or create one
/// directly with <see cref="Create"/>: <c>var rater = StarRaterFactory.Create().FromBuiltIn();</c>
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

    /// <summary>Creates a factory with the five standard categories and whatever else <paramref name="configure"/> adds.</summary>
    /// <param name="configure">Adds more plug-ins, e.g. <c>b =&gt; b.AddPluginsFrom("plugins")</c>.</param>
    /// <returns>A factory.</returns>
    public static StarRaterFactory Create(Action<IFiveStarBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddFiveStar(b =>
        {
            b.AddStandardCategories();
            configure?.Invoke(b);
        });
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

    /// <summary>Loads and compiles a document shipped with FiveStar.</summary>
    /// <param name="id">The document id; the Henan 2022 scheme by default.</param>
    /// <returns>The rater.</returns>
    public StarRater FromBuiltIn(string id = BuiltInCriteria.HenanRural2022)
    {
        var bytes = BuiltInCriteria.TryRead(id) ?? throw new ArgumentException($"No shipped criteria document is called '{id}'; shipped: {string.Join(", ", BuiltInCriteria.Ids)}.", nameof(id));
        using var stream = new MemoryStream(bytes);
        return FromStream(stream, $"builtin:{id}");
    }

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
