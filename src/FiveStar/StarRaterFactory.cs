using System.Diagnostics;
using System.Runtime.CompilerServices;
using FiveStar.Compilation;
using FiveStar.Criteria;
using FiveStar.DependencyInjection;
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

    /// <summary>Initializes a new instance of the <see cref="StarRaterFactory"/> class; hosts get one from <c>AddFiveStar</c> or <see cref="Create(Action{IFiveStarBuilder})"/>.</summary>
    /// <param name="catalog">The categories plug-ins provide.</param>
    /// <param name="options">The loader's limits.</param>
    /// <param name="timeProvider">The clock for the default rating year.</param>
    /// <param name="logger">Receives load diagnostics.</param>
    /// <exception cref="PlatformNotSupportedException">The process cannot generate code (published native, or a file-based app by default).</exception>
    internal StarRaterFactory(CategoryCatalog catalog, CriteriaLoaderOptions? options = null, TimeProvider? timeProvider = null, ILogger<StarRaterFactory>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            // Said here, before any criteria: otherwise the first load fails deep in the compiler as FiveStar's own fault.
            throw new PlatformNotSupportedException(Localizer.Format((options ?? new CriteriaLoaderOptions()).Language, nameof(Messages.Factory_NeedsDynamicCode)));
        }

        CompilerWarmUp.Start();
        Loader = new CriteriaLoader(catalog, options, timeProvider);
        Compiler = new CriteriaCompiler(catalog, options);
        _logger = logger ?? NullLogger<StarRaterFactory>.Instance;
    }

    /// <summary>Gets the categories plug-ins provide.</summary>
    public CategoryCatalog Catalog => Loader.Catalog;

    /// <summary>Gets the loader's settings: its limits and the language of its messages.</summary>
    public CriteriaLoaderOptions Options => Loader.Options;

    internal CriteriaLoader Loader { get; }

    internal CriteriaCompiler Compiler { get; }

    /// <summary>Creates a factory with no plug-ins: it loads RulesEngine files and documents that declare their own indicators.</summary>
    /// <returns>A factory.</returns>
    public static StarRaterFactory Create() => Create(static _ => { });

    /// <summary>
    /// Creates a factory with whatever <paramref name="configure"/> adds, for example the five standard categories of the
    /// FiveStar.Standard package: <c>StarRaterFactory.Create(b =&gt; b.AddStandardCategories())</c>.
    /// </summary>
    /// <param name="configure">Adds plug-ins and shipped documents, e.g. <c>b =&gt; b.AddStandardCategories().AddPluginsFrom("plugins")</c>.</param>
    /// <returns>A factory.</returns>
    /// <exception cref="PlatformNotSupportedException">The process cannot generate code (published native, or a .NET file-based app, which is by default): FiveStar compiles criteria at run time.</exception>
    public static StarRaterFactory Create(Action<IFiveStarBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        CompilerWarmUp.Start();
        var services = new ServiceCollection();
        services.AddFiveStar(static _ => { });
        var core = services.ToArray();
        configure(new FiveStarBuilder(services));
        return DirectFactoryConstruction.TryCreate(services, core)
            ?? services.BuildServiceProvider().GetRequiredService<StarRaterFactory>();
    }

    /// <summary>Loads and compiles a criteria file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The file is invalid; every problem is listed.</exception>
    public StarRater FromFile(string path) => FromFile(path, null);

    /// <summary>Loads and compiles a criteria file whose fields may come from the village data (a RulesEngine file).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="columns">The village data's columns (<see cref="Villages.Reading.VillageReader.InferColumns(string)"/>); required for RulesEngine files, which take their fields from the data.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The file is invalid; every problem is listed.</exception>
    public StarRater FromFile(string path, IReadOnlyList<VillageColumn>? columns) =>
        Timed(path, () => new StarRater(Compiler.Compile(Loaded(() => Loader.LoadFile(path)), columns)));

    /// <summary>Loads and compiles criteria from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public StarRater FromJson(string json) => FromJson(json, "<string>", null);

    /// <summary>Loads and compiles criteria from a JSON string, named for messages.</summary>
    /// <param name="json">The document.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public StarRater FromJson(string json, string sourceName) => FromJson(json, sourceName, null);

    /// <summary>Loads and compiles criteria from a JSON string whose fields may come from the village data (a RulesEngine workflow).</summary>
    /// <param name="json">The document.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="columns">The village data's columns, for RulesEngine workflows.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public StarRater FromJson(string json, string sourceName, IReadOnlyList<VillageColumn>? columns) =>
        Timed(sourceName, () => new StarRater(Compiler.Compile(Loaded(() => Loader.LoadJson(json, sourceName)), columns)));

    /// <summary>Loads and compiles criteria from a stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public StarRater FromStream(Stream utf8Json, string sourceName) => FromStream(utf8Json, sourceName, null, null);

    /// <summary>Loads and compiles criteria from a stream, with the folder its relative <c>extends</c> paths start from.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="baseDirectory">The folder relative <c>extends</c> paths start from; the current folder when <see langword="null"/>.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public StarRater FromStream(Stream utf8Json, string sourceName, string? baseDirectory) => FromStream(utf8Json, sourceName, baseDirectory, null);

    /// <summary>Loads and compiles criteria from a stream, with the folder its relative <c>extends</c> paths start from and, for RulesEngine workflows, the village data's columns.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="baseDirectory">The folder relative <c>extends</c> paths start from; the current folder when <see langword="null"/>.</param>
    /// <param name="columns">The village data's columns, for RulesEngine workflows.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public StarRater FromStream(Stream utf8Json, string sourceName, string? baseDirectory, IReadOnlyList<VillageColumn>? columns) =>
        Timed(sourceName, () => new StarRater(Compiler.Compile(Loaded(() => Loader.Load(utf8Json, sourceName, baseDirectory)), columns)));

    /// <summary>
    /// Loads and validates a criteria file without compiling it, to read the document (its <see cref="CriteriaDocument.Warnings"/>,
    /// whether <see cref="CriteriaDocument.FieldsFromData"/>) before <see cref="Compile(CriteriaDocument, IReadOnlyList{VillageColumn}, CancellationToken)"/>.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <returns>The validated document.</returns>
    /// <exception cref="CriteriaException">The file is invalid; every problem is listed.</exception>
    public CriteriaDocument LoadFile(string path) => Loaded(() => Loader.LoadFile(path));

    /// <summary>Loads and validates criteria from a JSON string without compiling them.</summary>
    /// <param name="json">The document.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="baseDirectory">The folder relative <c>extends</c> paths start from; the current folder when <see langword="null"/>.</param>
    /// <returns>The validated document.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public CriteriaDocument LoadJson(string json, string sourceName, string? baseDirectory) => Loaded(() => Loader.LoadJson(json, sourceName, baseDirectory));

    /// <summary>Compiles a document this factory loaded.</summary>
    /// <param name="document">The document, from <see cref="LoadFile"/> or <see cref="LoadJson"/>.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">An expression does not bind; every problem is listed.</exception>
    public StarRater Compile(CriteriaDocument document) => Compile(document, null, CancellationToken.None);

    /// <summary>Compiles a document this factory loaded, with the village data's columns when its fields come from the data.</summary>
    /// <param name="document">The document, from <see cref="LoadFile"/> or <see cref="LoadJson"/>.</param>
    /// <param name="columns">The village data's columns; required when <see cref="CriteriaDocument.FieldsFromData"/>.</param>
    /// <param name="cancellationToken">Stops a long compilation.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="CriteriaException">An expression does not bind; every problem is listed.</exception>
    public StarRater Compile(CriteriaDocument document, IReadOnlyList<VillageColumn>? columns, CancellationToken cancellationToken) =>
        new(Compiler.Compile(document, columns, cancellationToken));

    /// <summary>Loads and compiles a document an extension package ships, such as FiveStar.Standard's <c>henan-rural-2022</c>.</summary>
    /// <param name="id">The document id.</param>
    /// <returns>The rater.</returns>
    /// <exception cref="ArgumentException">No registered package ships a document with that id.</exception>
    public StarRater FromBuiltIn(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var shipped = Catalog.FindShipped(id) ?? throw new ArgumentException(DescribeMissingShipped(Catalog, id, Loader.Options.Language), nameof(id));
        using var stream = shipped.Open();
        return FromStream(stream, $"builtin:{shipped.Id}", null, null);
    }

    /// <summary>Says that no registered package ships a document, and which ones are shipped.</summary>
    internal static string DescribeMissingShipped(CategoryCatalog catalog, string id, Language language) => catalog.ShippedDocuments.Count == 0
        ? Localizer.Format(language, nameof(Messages.Load_ShippedUnknownNoShipped), id)
        : Localizer.Format(language, nameof(Messages.Load_ShippedUnknown), id, string.Join(", ", catalog.ShippedDocuments.Select(d => d.Id)));

    /// <summary>
    /// Loads a document; when the load fails only on problems whose causes it left out, the document it built is compiled
    /// as well, so its expression problems are reported in the same run (every problem at once).
    /// </summary>
    private CriteriaDocument Loaded(Func<CriteriaDocument> load)
    {
        try
        {
            return load();
        }
        catch (CriteriaException exception) when (exception.Partial is { } partial)
        {
            var expressionProblems = Compiler.ProblemsOf(partial);
            if (expressionProblems.Count == 0)
            {
                throw;
            }

            throw new CriteriaException(DiagnosticBag.InWrittenOrder([.. exception.Diagnostics, .. expressionProblems]));
        }
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
