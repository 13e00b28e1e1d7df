using System.Diagnostics;
using System.Globalization;
using FiveStar.Benchmarks;

// One measurement per fresh process: `fivestar` loads the default document through the library and rates one village;
// `rulesengine` reads the equivalent workflow file, constructs RulesEngine and gets its first result for the same
// village. Printed: the time from Main to the first result, the time from process start, and the methods JIT'd.
if (args.Length != 1 || args[0] is not ("fivestar" or "rulesengine"))
{
    Console.Error.WriteLine("usage: FiveStar.ColdHost fivestar|rulesengine");
    return 2;
}

var village = new Village();
new VillageGenerator(rater: null).Next(village, 0);
var watch = Stopwatch.StartNew();
var stars = args[0] == "fivestar" ? ColdFirstResult.FiveStar(village) : await ColdFirstResult.RulesEngineAsync(village).ConfigureAwait(false);
var elapsed = watch.Elapsed.TotalMilliseconds;
var sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[0]} first-result-ms {elapsed:F1} since-process-start-ms {sinceStart:F1} jit-methods {System.Runtime.JitInfo.GetCompiledMethodCount()} stars {stars}"));
return 0;
