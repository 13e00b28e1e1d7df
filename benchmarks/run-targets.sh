#!/usr/bin/env bash
# Checks the targets 1-4 of issue #16 once, on a quiet machine, and prints a compact summary. The ratios are measured
# side by side (both sides in one process or in alternating fresh processes), because this VM's speed drifts by a third
# over minutes and BenchmarkDotNet runs each method in its own process, one after the other:
#   1. end to end   `side-e2e`: fivestar score (in process, 1M-village CSV, CSV out) against Sep parse-only, 7 alternating pairs
#   2. flat memory  peak RSS (/usr/bin/time %M) of `fivestar score --format csv --out` at 100k and 10M villages
#   3. cold start   7 alternating fresh processes each: the library from its packed packages (FiveStar.ColdHost fivestar),
#                   RulesEngine 6.0.1 from the workflow file (FiveStar.ColdHost rulesengine), the published tool's
#                   `fivestar validate`; time to first result in process and wall time of the process
#   4. parallel     `side-parallel`: Rate against RateParallel at 100k and 1M, 21 alternating pairs each
# FIVESTAR_TARGETS_BDN=1 also runs the BenchmarkDotNet classes (EndToEnd, Parallel --job short; Cold with its 5-launch
# ColdStart job), about 5 more minutes. About 7 minutes without them on 2 idle cores; needs ~1.6 GB free for the
# 10M-village file (deleted at the end unless a work folder is given: `run-targets.sh /tmp/fivestar-targets` keeps the
# generated files and the packages' restore cache for the next run).
# FIVESTAR_TARGETS_SMOKE=1 runs the same steps with tiny sizes (a check that the script runs, no figures).
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=${FIVESTAR_TARGETS_SMOKE:-0}
bdn=${FIVESTAR_TARGETS_BDN:-0}
job=short
small=100000
big=10000000
e2e=1000000
e2e_pairs=7
parallel_pairs=21
parallel_sizes=(100000 1000000)
cold_runs=7
if [[ "$smoke" == 1 ]]; then
    job=dry
    small=1000
    big=20000
    e2e=2000
    e2e_pairs=3
    parallel_pairs=3
    parallel_sizes=(10000)
    cold_runs=2
    export FIVESTAR_BENCH_SMOKE=1
fi

# A work folder given as the first argument is kept, with its generated village files, for the next run;
# otherwise a temporary one is made and deleted on exit.
if [[ -n "${1:-}" ]]; then
    work=$1
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/fivestar-targets.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi
criteria=samples/Hanzhuang/hanzhuang-2022.json
# BenchmarkDotNet's tables are kept (outside the work folder, which is deleted on exit).
artifacts=${FIVESTAR_TARGETS_ARTIFACTS:-benchmarks/BenchmarkDotNet.Artifacts/targets}
log=$work/log.txt
: >"$log"
echo "fivestar targets: end to end at $e2e, memory at $small and $big villages; log in $log (kept on failure)"
trap 'echo "failed; log:"; tail -40 "$log"' ERR

echo "[1/6] build (Release), publish the tool ReadyToRun for linux-x64 (as its package ships), pack the library"
dotnet build FiveStar.sln -c Release >>"$log" 2>&1
dotnet publish src/FiveStar.Cli -c Release -r linux-x64 --self-contained false -o "$work/tool" >>"$log" 2>&1
cli=(dotnet "$work/tool/FiveStar.Cli.dll")
bench=(dotnet benchmarks/FiveStar.Benchmarks/bin/Release/net10.0/FiveStar.Benchmarks.dll)
# A version of its own per run, so no restore cache hands back an older build.
version=0.0.0-targets.$(date +%s)
rm -rf "$work/packages" "$work/coldhost"
for project in src/FiveStar.Abstractions src/FiveStar src/FiveStar.Standard src/FiveStar.Package plugins/FiveStar.Plugins.*; do
    dotnet pack "$project" -c Release -o "$work/packages" -p:Version="$version" >>"$log" 2>&1
done
dotnet build benchmarks/FiveStar.ColdHost -c Release -p:FiveStarVersion="$version" \
    -p:RestoreAdditionalProjectSources="$work/packages" --packages "$work/nuget" -o "$work/coldhost" >>"$log" 2>&1

echo "[2/6] cold start: $cold_runs alternating fresh processes of the library (packages), RulesEngine, fivestar validate"
cold=()
for ((i = 0; i < cold_runs; i++)); do
    for mode in fivestar rulesengine; do
        /usr/bin/time -o "$work/time.txt" -f '%e' dotnet "$work/coldhost/FiveStar.ColdHost.dll" "$mode" >"$work/cold.txt" 2>>"$log"
        cold+=("$(cat "$work/cold.txt") wall-s $(tail -1 "$work/time.txt")")
    done
    # -o: time's own report goes to a file, since the command's output is discarded.
    /usr/bin/time -o "$work/time.txt" -f '%e' "${cli[@]}" validate "$criteria" >/dev/null 2>&1
    cold+=("validate wall-s $(tail -1 "$work/time.txt")")
done
printf '%s\n' "${cold[@]}" >"$work/cold.txt"

echo "[3/6] side by side: end to end ($e2e villages, $e2e_pairs pairs) and RateParallel (${parallel_sizes[*]}, $parallel_pairs pairs)"
"${bench[@]}" side-e2e "$e2e" "$e2e_pairs" | tee -a "$log" >"$work/side.txt"
"${bench[@]}" side-parallel "$parallel_pairs" "${parallel_sizes[@]}" | tee -a "$log" >>"$work/side.txt"

echo "[4/6] generate $small and $big villages (seed 1), unless the work folder has them"
for size in "$small" "$big"; do
    [[ -s "$work/villages-$size.csv" ]] ||
        "${cli[@]}" generate --criteria "$criteria" --count "$size" --seed 1 --out "$work/villages-$size.csv" >>"$log" 2>&1
done

echo "[5/6] peak RSS of fivestar score at $small and $big"
rss() {
    # Exit 1 (data problems) is not expected from generated files; any non-zero exit fails the step.
    /usr/bin/time -o "$work/time.txt" -f '%M %e' "${cli[@]}" score --criteria "$criteria" --villages "$1" --format csv --out "$work/results.csv" >/dev/null 2>&1
    tail -1 "$work/time.txt"
}
rss_small=$(rss "$work/villages-$small.csv")
rss_big=$(rss "$work/villages-$big.csv")
rm -f "$work/results.csv" "$work/time.txt"

if [[ "$bdn" == 1 ]]; then
    echo "[6/6] BenchmarkDotNet: EndToEnd, Parallel, Cold (--job $job)"
    # Cold needs fresh processes (its own ColdStart job); the other two classes are run in the same invocation.
    dotnet run -c Release --no-build --project benchmarks/FiveStar.Benchmarks -- \
        --filter '*EndToEndBenchmarks*' '*ParallelBenchmarks*' '*ColdBenchmarks*' \
        --job "$job" --artifacts "$artifacts" --buildTimeout 600 >>"$log" 2>&1
else
    echo "[6/6] BenchmarkDotNet classes skipped (FIVESTAR_TARGETS_BDN=1 runs them)"
fi
echo "raw: rss $rss_small | $rss_big" | tee -a "$log"
cat "$work/cold.txt" >>"$log"

python3 - "$work/side.txt" "$work/cold.txt" "$small" "$big" "$rss_small" "$rss_big" "$bdn" "$artifacts/results" <<'PY'
import csv, glob, os, re, statistics, sys
side, cold, small, big, rss_small, rss_big, bdn, results = sys.argv[1:]
print("\n=== #16 targets ===")
blocks = open(side, encoding="utf-8").read().split("\n")
def ratio_lines(prefix):
    out = []
    for i, line in enumerate(blocks):
        if line.startswith(prefix):
            med = re.search(r"ratio .*: median ([0-9.]+)\s+\(range ([0-9.]+)-([0-9.]+)\)", "\n".join(blocks[i:i + 4]))
            out.append((line, [l for l in blocks[i + 1:i + 4]], float(med.group(1)), med.group(2), med.group(3)))
    return out
print("\n1. End to end (target: fivestar score / Sep parse-only <= 1.5, median of the pairs)")
for title, lines, med, lo, hi in ratio_lines("end to end"):
    print("\n".join(lines))
    print("  -> %.2f %s" % (med, "met" if med <= 1.5 else "MISSED"))
ks, kb = int(rss_small.split()[0]), int(rss_big.split()[0])
print("\n2. Flat memory (target: peak RSS at %s <= 1.3x at %s)" % (big, small))
print("  %s villages: %.0f MiB (%s s)" % (small, ks / 1024, rss_small.split()[1]))
print("  %s villages: %.0f MiB (%s s)" % (big, kb / 1024, rss_big.split()[1]))
print("  ratio %.2fx -> %s" % (kb / ks, "met" if kb <= 1.3 * ks else "MISSED"))
runs = {}
for line in open(cold, encoding="utf-8"):
    parts = line.split()
    values = dict(zip(parts[1::2], parts[2::2]))
    runs.setdefault(parts[0], []).append(values)
def med(mode, key, scale=1.0):
    return statistics.median(float(r[key]) * scale for r in runs[mode])
print("\n3. Cold start (target: FiveStar no slower than RulesEngine's construction to first result; medians of %d fresh processes)" % len(runs["rulesengine"]))
fs, re_ = med("fivestar", "first-result-ms"), med("rulesengine", "first-result-ms")
print("  library (packages) load+compile+first result %.0f ms, RulesEngine read workflow+ctor+first result %.0f ms: %.2fx -> %s" % (fs, re_, fs / re_, "met" if fs <= re_ else "MISSED"))
fsw, rew, val = med("fivestar", "wall-s", 1000), med("rulesengine", "wall-s", 1000), med("validate", "wall-s", 1000)
print("  whole process: library host %.0f ms, RulesEngine host %.0f ms, fivestar validate (ReadyToRun tool) %.0f ms: tool %.2fx -> %s" % (fsw, rew, val, val / rew, "met" if val <= rew else "MISSED"))
print("  methods JIT'd: library host %s, RulesEngine host %s" % (runs["fivestar"][0]["jit-methods"], runs["rulesengine"][0]["jit-methods"]))
print("\n4. Parallel (target: Rate / RateParallel >= 1.7 at every N, median of the pairs)")
machine = ratio_lines("hand-written speed-up")
for k, (title, lines, med_, lo, hi) in enumerate(ratio_lines("RateParallel speed-up")):
    print(title.split(";")[0])
    print("\n".join(lines))
    print("  -> %.2f %s" % (med_, "met" if med_ >= 1.7 else "MISSED"))
    if k < len(machine):
        print("  the machine: hand-written 1 thread / all cores, median %.2f (range %s-%s)" % (machine[k][2], machine[k][3], machine[k][4]))
if bdn == "1":
    print("\nBenchmarkDotNet tables: %s" % results)
PY
