using BenchmarkDotNet.Attributes;
using RulesEngine.Models;

namespace FiveStar.Benchmarks;

/// <summary>
/// Construction to first result. FiveStar: read the built-in document and its five plug-in manifests, validate, bind
/// and compile (and, in the second variant, rate one village). RulesEngine: <c>new RulesEngine(workflows, settings)</c>
/// and the first <c>ExecuteAllRulesAsync</c> result (RulesEngine compiles rules lazily, on that first call), with the
/// workflows already parsed, and with the JSON parse included. Besides the job given on the command line (repeated
/// construction in a warm process), a cold-start job measures the first call in 5 fresh processes each (JIT included).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ColdConfig))]
public class ColdBenchmarks
{
    private Village _village = null!;
    private Workflow[] _workflows = null!;

    /// <summary>Gets the villages each operation rates (one, for the per-village columns).</summary>
    public static int Villages => 1;

    /// <summary>Prepares the village and the parsed workflows for RulesEngine.</summary>
    [GlobalSetup(Target = nameof(RulesEngineConstructFirstResult))]
    public void SetupRulesEngine()
    {
        SetupVillage();
        _workflows = RulesEngineRater.LoadWorkflows();
    }

    /// <summary>Prepares the village only (POCO, without touching FiveStar).</summary>
    [GlobalSetup(Targets = [nameof(FiveStarLoadCompile), nameof(FiveStarLoadCompileFirstResult), nameof(RulesEngineParseConstructFirstResult)])]
    public void SetupVillage()
    {
        _village = new Village();
        new VillageGenerator(rater: null).Next(_village, 0);
    }

    /// <summary>FiveStar: load and compile the default document.</summary>
    /// <returns>The rater.</returns>
    [Benchmark(Description = "FiveStar load+compile")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet runs instance methods.")]
    public object FiveStarLoadCompile() => StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);

    /// <summary>FiveStar: load, compile and rate one village.</summary>
    /// <returns>The stars.</returns>
    [Benchmark(Description = "FiveStar load+compile+first result")]
    public int FiveStarLoadCompileFirstResult() => ColdFirstResult.FiveStar(_village);

    /// <summary>RulesEngine: construct with parsed workflows and get the first result.</summary>
    /// <returns>The stars.</returns>
    [Benchmark(Baseline = true, Description = "RulesEngine ctor+first result")]
    public async Task<int> RulesEngineConstructFirstResult()
    {
        var engine = new RulesEngineRater(_workflows);
        return CriterionBits.Stars(await engine.MaskAsync(_village).ConfigureAwait(false));
    }

    /// <summary>RulesEngine: parse the workflow JSON, construct and get the first result.</summary>
    /// <returns>The stars.</returns>
    [Benchmark(Description = "RulesEngine parse JSON+ctor+first result")]
    public Task<int> RulesEngineParseConstructFirstResult() => ColdFirstResult.RulesEngineAsync(_village);
}
