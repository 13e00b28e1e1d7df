using FiveStar.DependencyInjection;
using FiveStar.Plugins;
using FiveStar.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FiveStar.Tests.DependencyInjection;

public class FiveStarServiceCollectionExtensionsTests
{
    private static readonly string Good = Documents.OneCriterion("income >= min_income");

    private static readonly string Bad = Documents.OneCriterion("incme >= min_income")
        .Replace("\"toilets\", \"name\"", "\"toilets\", \"nmae\"", StringComparison.Ordinal);

    private static readonly string BadExpressions = $$"""
    { "schemaVersion": "1.0", "id": "bad", "name": { "zh": "坏", "en": "Bad" },
      {{Documents.Indicators}},
      "categories": [ { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [
        { "id": "I1", "expression": "incme > 0" },
        { "id": "I2", "expression": "input1.GetType().Assembly.Location == \"\"" },
        { "id": "I3", "expression": "toilets >= 130" } ] } ] }
    """;

    [Fact]
    public void AddFiveStar_CriteriaJson_RegistryRatesWithIt()
    {
        using var provider = new ServiceCollection().AddFiveStar(b => b.AddCriteriaJson(Good, "good.json")).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var rater = provider.GetRequiredService<StarRaterRegistry>().Default;
        var ratings = TestFactory.RateAll(rater, ("rich", Documents.Village(income: 300000)), ("poor", Documents.Village(income: 1)));

        Assert.Equal("doc", rater.Document.Id);
        Assert.Equal([1, 0], ratings.Select(r => r.Stars));
    }

    [Fact]
    public void StartupValidation_BadCriteria_FailsWithEveryError()
    {
        var services = new ServiceCollection().AddFiveStar(b => b.AddCriteriaJson(BadExpressions, "bad.json"));
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(3, exception.Failures.Count());
        Assert.Contains(exception.Failures, f => f.StartsWith("bad.json:", StringComparison.Ordinal) && f.Contains("I1: unknown indicator or parameter 'incme'", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("I2: uses GetType()", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.Contains("I3: compares toilets with 130", StringComparison.Ordinal));
    }

    [Fact]
    public void OptionsValue_BadCriteria_Throws()
    {
        using var provider = new ServiceCollection().AddFiveStar(b => b.AddCriteriaJson(Good, "good.json").AddCriteriaJson(Bad, "bad.json")).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FiveStarOptions>>().Value);

        // The indicator's name is unreadable: its nearest member is named, and nothing is said of a missing name (one cause, one error).
        var failure = Assert.Single(exception.Failures);
        Assert.StartsWith("bad.json:", failure, StringComparison.Ordinal);
        Assert.Contains("unknown member 'nmae' in an indicator; did you mean 'name'?", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFiveStar_CalledTwice_IsHarmless()
    {
        var services = new ServiceCollection();
        services.AddFiveStar(b => b.AddCriteriaJson(Good, "good.json"));
        var count = services.Count;

        services.AddFiveStar(b => b.AddCriteriaJson(Good, "good.json"));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Single(provider.GetServices<IValidateOptions<FiveStarOptions>>());
        Assert.Single(provider.GetRequiredService<IOptions<FiveStarOptions>>().Value.Criteria);
        Assert.Single(provider.GetRequiredService<StarRaterRegistry>().All);
        Assert.Same(provider.GetRequiredService<StarRaterFactory>(), provider.GetRequiredService<StarRaterFactory>());
        Assert.True(services.Count - count <= 2, "a second AddFiveStar adds at most its configuration callbacks");
    }

    [Fact]
    public void AddFiveStar_TwoDocuments_RegistryFindsEachById()
    {
        var other = Good.Replace("\"id\": \"doc\"", "\"id\": \"other\"", StringComparison.Ordinal);
        using var provider = new ServiceCollection().AddFiveStar(b => b.AddCriteriaJson(Good, "a.json").AddCriteriaJson(other, "b.json")).BuildServiceProvider();

        var registry = provider.GetRequiredService<StarRaterRegistry>();

        Assert.Equal(["doc", "other"], registry.All.Select(r => r.Document.Id));
        Assert.Equal("other", registry.Get("OTHER").Document.Id);
        Assert.Throws<InvalidOperationException>(() => registry.Default);
        Assert.Throws<KeyNotFoundException>(() => registry.Get("missing"));
    }

    [Fact]
    public void StartupValidation_CompilesOnce_RegistryReusesRater()
    {
        using var provider = new ServiceCollection().AddFiveStar(b => b.AddCriteriaJson(Good, "good.json")).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        var cached = provider.GetRequiredService<CompiledCriteriaCache>().BySource["good.json"];

        Assert.Same(cached, provider.GetRequiredService<StarRaterRegistry>().Default);
    }

    [Fact]
    public void AddFiveStar_TimeProvider_GivesDefaultRatingYear()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2031, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        using var provider = services.AddFiveStar(b => b.AddCriteriaJson(Good)).BuildServiceProvider();

        Assert.Equal(2031, provider.GetRequiredService<StarRaterRegistry>().Default.Document.Period.Year);
    }

    [Fact]
    public void AddFiveStar_LoggerFactory_LogsRejectedCriteriaWithDetails()
    {
        var logger = new CapturingLoggerFactory();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logger);
        using var provider = services.AddFiveStar(b => b.AddCriteriaJson(BadExpressions, "bad.json")).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, level);
        Assert.Contains("Rejected criteria bad.json with 3 problems", message, StringComparison.Ordinal);
        Assert.Contains("incme", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFiveStar_FaultyPlugin_StartupValidationNamesIt()
    {
        var services = new ServiceCollection();
        services.AddSingleton<CategoryPlugin, Plugins.FaultyPlugins.ManifestThrows>();
        using var provider = services.AddFiveStar(b => b.AddCriteriaJson(Good)).BuildServiceProvider();

        var exception = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ManifestThrows", exception.ToString(), StringComparison.Ordinal);
    }

    private sealed class CapturingLoggerFactory : ILoggerFactory
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerFactory owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Entries)
                {
                    owner.Entries.Add((logLevel, formatter(state, exception)));
                }
            }
        }
    }
}
