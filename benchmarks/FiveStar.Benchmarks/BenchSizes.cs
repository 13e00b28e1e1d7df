namespace FiveStar.Benchmarks;

/// <summary>
/// The village counts of each scenario. With <c>FIVESTAR_BENCH_SMOKE=1</c> every scenario uses small counts, so
/// <c>--job dry</c> finishes in a minute or two (CI smoke); the real run uses the counts the targets name.
/// </summary>
public static class BenchSizes
{
    /// <summary>Gets a value indicating whether the smoke mode is on.</summary>
    public static bool Smoke { get; } = Environment.GetEnvironmentVariable("FIVESTAR_BENCH_SMOKE") == "1";

    /// <summary>Gets the sizes of the object benchmark.</summary>
    public static IEnumerable<int> Objects => Smoke ? [1_000] : [1_000_000];

    /// <summary>Gets the hot-path sizes.</summary>
    public static IEnumerable<int> HotPath => Smoke ? [1_000, 10_000] : [1_000, 100_000, 1_000_000];

    /// <summary>Gets the parallel sizes.</summary>
    public static IEnumerable<int> Parallel => Smoke ? [10_000] : [100_000, 1_000_000];

    /// <summary>Gets the scaling sizes: 1k to 10M (10M × 60 doubles is 4.8 GB, well inside 24 GB).</summary>
    public static IEnumerable<int> Scaling => Smoke ? [1_000, 10_000] : [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

    /// <summary>Gets the number of villages in the end-to-end CSV file.</summary>
    public static int EndToEnd => Smoke ? 10_000 : 1_000_000;

    /// <summary>Gets the villages of the workbook benchmark's workbook.</summary>
    public static int Workbook => Smoke ? 2_000 : 100_000;

    /// <summary>Gets the number of villages RulesEngine rates per operation (a fixed slice).</summary>
    public const int RulesEngineSlice = 1_000;
}
