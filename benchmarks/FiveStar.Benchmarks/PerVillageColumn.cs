using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FiveStar.Benchmarks;

/// <summary>
/// Divides an operation's mean time or allocation by the villages it rated: the <c>N</c> parameter, or the count of
/// a <see cref="VillagesAttribute"/> on the method, or the <c>Villages</c> property of a class that has one.
/// </summary>
/// <param name="allocation">True for bytes per village, false for nanoseconds per village.</param>
public sealed class PerVillageColumn(bool allocation) : IColumn
{
    /// <inheritdoc />
    public string Id => allocation ? "BytesPerVillage" : "NsPerVillage";

    /// <inheritdoc />
    public string ColumnName => allocation ? "B/village" : "ns/village";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => allocation ? 1 : 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => allocation ? "Bytes allocated per village rated" : "Mean time per village rated, in nanoseconds";

    /// <summary>The villages one operation of a case rates, or 0 when unknown.</summary>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>The count.</returns>
    public static long Villages(BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<VillagesAttribute>() is { } fixedCount)
        {
            return fixedCount.Count;
        }

        var n = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "N");
        if (n is not null)
        {
            return Convert.ToInt64(n.Value, CultureInfo.InvariantCulture);
        }

        var property = benchmarkCase.Descriptor.Type.GetProperty("Villages", BindingFlags.Public | BindingFlags.Static);
        return property is null ? 0 : Convert.ToInt64(property.GetValue(null), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var report = summary[benchmarkCase];
        var villages = Villages(benchmarkCase);
        if (report?.ResultStatistics is null || villages <= 0)
        {
            return "NA";
        }

        if (allocation)
        {
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "NA" : ((double)bytes.Value / villages).ToString("0.###", CultureInfo.InvariantCulture);
        }

        return (report.ResultStatistics.Mean / villages).ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public override string ToString() => ColumnName;
}
