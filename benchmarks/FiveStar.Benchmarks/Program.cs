using BenchmarkDotNet.Running;
using FiveStar;
using FiveStar.Benchmarks;

// Modes besides BenchmarkDotNet's own arguments:
//   stats [N]                 generate N villages, check FiveStar = hand-written = RulesEngine, print pass rates and stars
//   probe-objects [N [R]]     Stopwatch cross-check of the object path: Rate alone, AddTo alone, both, Add/Set + Rate
//   probe [N...] [--high-priority]  Stopwatch cross-check: Rate, RateParallel, hand-written on 1 and all cores;
//                             --high-priority raises process and thread priority as BenchmarkDotNet does
//   memory N                  peak resident memory of `fivestar score` on an N-village CSV (one N per process)
//   chart [report.csv] [out]  draw the scaling chart from ScalingBenchmarks' CSV report (defaults below)
//   stages [N [stage]]        where end-to-end time goes: Sep parse-only, VillageReader, + Rate, fivestar score (wall and CPU)
//   side-e2e [N [pairs]]      target 1 side by side in one process: Sep parse-only and fivestar score in alternating pairs
//   side-parallel [pairs [N...]]  target 4 side by side: Rate and RateParallel in alternating pairs (default 100k and 1M)
//   cold-probe                methods JIT'd and JIT time after each cold phase (factory, load, first result) in this fresh process
if (args.Length > 0 && args[0] == "cold-probe")
{
    Console.Write(ColdProbe.Run());
    return 0;
}

if (args.Length > 0 && args[0] == "stages")
{
    Console.Write(StagesProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : BenchSizes.EndToEnd, args.Length > 2 ? args[2] : null));
    return 0;
}

if (args.Length > 0 && args[0] == "side-e2e")
{
    Console.Write(SideBySide.EndToEnd(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : BenchSizes.EndToEnd,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7));
    return 0;
}

if (args.Length > 0 && args[0] == "side-parallel")
{
    var sizes = args.Skip(2).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    Console.Write(SideBySide.Parallel(
        sizes.Length > 0 ? sizes : [100_000, 1_000_000],
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 21));
    return 0;
}

if (args.Length > 0 && args[0] == "stats")
{
    var n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    var rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
    var (batch, villages) = VillageGenerator.Generate(rater, n);
    Console.WriteLine(CorrectnessCheck.Verify(rater, batch, villages, new RulesEngineRater(RulesEngineRater.LoadWorkflows())));
    return 0;
}

if (args.Length > 0 && args[0] == "probe-objects")
{
    Console.Write(ObjectProbe.Run(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : -1));
    return 0;
}

if (args.Length > 0 && args[0] == "probe")
{
    if (args.Contains("--high-priority"))
    {
        // What BenchmarkDotNet does to its benchmark process and thread.
        System.Diagnostics.Process.GetCurrentProcess().PriorityClass = System.Diagnostics.ProcessPriorityClass.High;
        Thread.CurrentThread.Priority = ThreadPriority.Highest;
        Console.WriteLine("process priority High, thread priority Highest");
    }

    foreach (var n in args.Length > 1 ? args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)) : [100_000, 1_000_000])
    {
        Console.Write(Probe.Run(n));
    }

    return 0;
}

if (args.Length > 1 && args[0] == "memory")
{
    Console.WriteLine(PeakMemory.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
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
