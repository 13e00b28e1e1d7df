using BenchmarkDotNet.Running;
using FiveStar;
using FiveStar.Benchmarks;

// Modes besides BenchmarkDotNet's own arguments:
//   stats [N]                 generate N villages, check FiveStar = hand-written = RulesEngine, print pass rates and stars
//   chart [report.csv] [out]  draw the scaling chart from ScalingBenchmarks' CSV report (defaults below)
if (args.Length > 0 && args[0] == "stats")
{
    var n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    var rater = StarRaterFactory.Create().FromBuiltIn();
    var (batch, villages) = VillageGenerator.Generate(rater, n);
    Console.WriteLine(CorrectnessCheck.Verify(rater, batch, villages, new RulesEngineRater(RulesEngineRater.LoadWorkflows())));
    return 0;
}

if (args.Length > 0 && args[0] == "chart")
{
    var report = args.Length > 1 ? args[1] : Path.Combine("BenchmarkDotNet.Artifacts", "results", "FiveStar.Benchmarks.ScalingBenchmarks-report.csv");
    var output = args.Length > 2 ? args[2] : Path.Combine("benchmarks", "scaling.svg");
    var points = ScalingChart.Read(report);
    File.WriteAllText(output, ScalingChart.Svg(points));
    Console.WriteLine($"Wrote {output} from {points.Count} points of {report}.");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(HotPathBenchmarks).Assembly).Run(args);
return 0;
