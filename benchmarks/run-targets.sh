#!/usr/bin/env bash
# Checks the targets 1-4 of issue #16 once, on a quiet machine, and prints a compact summary:
#   1. end to end   EndToEndBenchmarks (fivestar score, 1M-village CSV) against Sep parse-only, --job short
#   2. flat memory  peak RSS (/usr/bin/time %M) of `fivestar score --format csv --out` at 100k and 10M villages
#   3. cold start   ColdBenchmarks (its ColdStart job: 5 fresh processes each) and 5 fresh `fivestar validate` runs
#   4. parallel     ParallelBenchmarks, RateParallel against Rate at 100k and 1M, --job short
# About 10-12 minutes on 2 idle cores; needs ~1.6 GB free for the 10M-village file (deleted at the end unless a work
# folder is given: `run-targets.sh /tmp/fivestar-targets` keeps the generated files for the next run).
# FIVESTAR_TARGETS_SMOKE=1 runs the same steps with tiny sizes and --job dry (a check that the script runs, no figures).
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=${FIVESTAR_TARGETS_SMOKE:-0}
job=short
small=100000
big=10000000
if [[ "$smoke" == 1 ]]; then
    job=dry
    small=1000
    big=20000
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
echo "fivestar targets: job $job, memory at $small and $big villages; log in $log (kept on failure)"
trap 'echo "failed; log:"; tail -40 "$log"' ERR

echo "[1/5] build (Release) and publish the tool ReadyToRun for linux-x64, as its package ships"
dotnet publish src/FiveStar.Cli -c Release -r linux-x64 --self-contained false -o "$work/tool" >>"$log" 2>&1
dotnet build benchmarks/FiveStar.Benchmarks -c Release >>"$log" 2>&1
cli=(dotnet "$work/tool/FiveStar.Cli.dll")

echo "[2/5] BenchmarkDotNet: EndToEnd, Parallel, Cold (--job $job)"
# Cold needs fresh processes (its own ColdStart job); the other two classes are run in the same invocation.
dotnet run -c Release --no-build --project benchmarks/FiveStar.Benchmarks -- \
    --filter '*EndToEndBenchmarks*' '*ParallelBenchmarks*' '*ColdBenchmarks*' \
    --job "$job" --artifacts "$artifacts" --buildTimeout 600 >>"$log" 2>&1

echo "[3/5] fresh fivestar validate x5"
validate=()
for i in 1 2 3 4 5; do
    # -o: time's own report goes to a file, since the command's output is discarded.
    /usr/bin/time -o "$work/time.txt" -f '%e %U %S' "${cli[@]}" validate "$criteria" >/dev/null 2>&1
    validate+=("$(tail -1 "$work/time.txt")")
done

echo "[4/5] generate $small and $big villages (seed 1), unless the work folder has them"
for size in "$small" "$big"; do
    [[ -s "$work/villages-$size.csv" ]] ||
        "${cli[@]}" generate --criteria "$criteria" --count "$size" --seed 1 --out "$work/villages-$size.csv" >>"$log" 2>&1
done

echo "[5/5] peak RSS of fivestar score at $small and $big"
rss() {
    # Exit 1 (data problems) is not expected from generated files; any non-zero exit fails the step.
    /usr/bin/time -o "$work/time.txt" -f '%M %e' "${cli[@]}" score --criteria "$criteria" --villages "$1" --format csv --out "$work/results.csv" >/dev/null 2>&1
    tail -1 "$work/time.txt"
}
rss_small=$(rss "$work/villages-$small.csv")
rss_big=$(rss "$work/villages-$big.csv")
rm -f "$work/results.csv" "$work/time.txt"
echo "raw: rss $rss_small | $rss_big; validate ${validate[*]}" | tee -a "$log"

python3 - "$artifacts/results" "$small" "$big" "$rss_small" "$rss_big" "${validate[@]}" <<'EOF'
import csv, glob, os, sys
results, small, big, rss_small, rss_big, *validate = sys.argv[1:]

def rows(cls):
    files = glob.glob(os.path.join(results, f"*{cls}-report.csv"))
    return list(csv.DictReader(open(files[0], encoding="utf-8"))) if files else []

def show(title, cls, keys):
    print(f"\n{title}")
    for r in rows(cls):
        label = "  ".join(r.get(k, "") for k in keys if r.get(k))
        print(f"  {label:<62} {r.get('Mean', ''):>12}  ratio {r.get('Ratio', '')}")

print("\n=== #16 targets ===")
show("1. End to end (target: fivestar score / Sep parse-only <= 1.5)", "EndToEndBenchmarks", ["Method"])
ks, kb = int(rss_small.split()[0]), int(rss_big.split()[0])
print("\n2. Flat memory (target: peak RSS at %s <= 1.3x at %s)" % (big, small))
print("  %s villages: %.0f MiB (%s s)" % (small, ks / 1024, rss_small.split()[1]))
print("  %s villages: %.0f MiB (%s s)" % (big, kb / 1024, rss_big.split()[1]))
print("  ratio %.2fx -> %s" % (kb / ks, "met" if kb <= 1.3 * ks else "MISSED"))
show("3. Cold start (target: FiveStar rows <= RulesEngine ctor+first result, ColdStart job)", "ColdBenchmarks", ["Method", "Job"])
wall = sorted(float(v.split()[0]) for v in validate)
cpu = sorted(float(v.split()[1]) + float(v.split()[2]) for v in validate)
print("  fresh `fivestar validate` (5 runs): median %.0f ms wall, %.0f ms CPU (compare with RulesEngine ctor+first result, ColdStart-5x)" % (wall[2] * 1000, cpu[2] * 1000))
show("4. Parallel (target: RateParallel ratio <= 0.59, i.e. >= 1.7x, at every N)", "ParallelBenchmarks", ["Method", "N"])
print("\nFull tables: %s" % results)
EOF
