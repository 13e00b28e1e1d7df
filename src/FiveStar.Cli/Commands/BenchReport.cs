using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using FiveStar.Cli.Resources;

namespace FiveStar.Cli.Commands;

/// <summary>The figures <c>fivestar bench</c> measured, and their markdown table.</summary>
internal sealed class BenchReport
{
    public required string CriteriaId { get; init; }

    public required int Criteria { get; init; }

    public required int Indicators { get; init; }

    public required int Villages { get; init; }

    /// <summary>Gets the villages file, or null for generated villages.</summary>
    public string? VillagesFile { get; init; }

    public int Seed { get; init; }

    public required TimeSpan Load { get; init; }

    public required double OneThreadNanoseconds { get; init; }

    public required double AllCoresNanoseconds { get; init; }

    public required int Passes { get; init; }

    public required TimeSpan EndToEnd { get; init; }

    /// <summary>Gets RulesEngine's time per village and the number of villages it was timed on, when asked for.</summary>
    public (double Microseconds, int Villages)? RulesEngine { get; init; }

    public string ToMarkdown(Text.Language language)
    {
        string T(string name, params object?[] args) => Localizer.Format(language, name, args);
        static string N(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
        var perSecond = 1e9 / OneThreadNanoseconds;
        var allPerSecond = 1e9 / AllCoresNanoseconds;
        var builder = new StringBuilder();
        builder.Append("| ").Append(T(nameof(Messages.Bench_HeaderMeasure))).Append(" | ").Append(T(nameof(Messages.Bench_HeaderResult))).Append(" |\n|---|---|\n");
        void Row(string label, string value) => builder.Append("| ").Append(label).Append(" | ").Append(value).Append(" |\n");
        Row(T(nameof(Messages.Bench_RowCriteria)), T(nameof(Messages.Bench_CriteriaValue), CriteriaId, Criteria, Indicators));
        Row(T(nameof(Messages.Bench_RowVillages)), VillagesFile is null
            ? T(nameof(Messages.Bench_VillagesGenerated), N(Villages, "N0"), Seed)
            : T(nameof(Messages.Bench_VillagesFromFile), N(Villages, "N0"), Path.GetFileName(VillagesFile)));
        Row(T(nameof(Messages.Bench_RowLoad)), T(nameof(Messages.Bench_Milliseconds), N(Load.TotalMilliseconds, "N0")));
        Row(T(nameof(Messages.Bench_RowOneThread)), T(nameof(Messages.Bench_Throughput), N(OneThreadNanoseconds, "N1"), N(perSecond, "N0")));
        Row(
            T(nameof(Messages.Bench_RowAllCores), Environment.ProcessorCount),
            T(nameof(Messages.Bench_ThroughputSpeedup), N(AllCoresNanoseconds, "N1"), N(allPerSecond, "N0"), N(OneThreadNanoseconds / AllCoresNanoseconds, "0.00")));
        Row(T(nameof(Messages.Bench_RowEndToEnd)), T(nameof(Messages.Bench_Seconds), N(EndToEnd.TotalSeconds, "N2"), N(Villages / EndToEnd.TotalSeconds, "N0")));
        if (RulesEngine is { } engine)
        {
            Row(T(nameof(Messages.Bench_RowRulesEngine)), T(nameof(Messages.Bench_RulesEngineValue), N(engine.Microseconds, "N1"), N(engine.Villages, "N0"), N(engine.Microseconds * 1000 / OneThreadNanoseconds, "N0")));
        }

        Row(T(nameof(Messages.Bench_RowMachine)), T(nameof(Messages.Bench_MachineValue), Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, RuntimeInformation.ProcessArchitecture));
        builder.Append('\n').Append(T(nameof(Messages.Bench_Note), Passes)).Append('\n');
        return builder.ToString();
    }
}
