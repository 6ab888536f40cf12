#!/usr/bin/env bash
# Single-run measurements at 100,000 cases (three runs would take far longer): the demo
# project with its analysis tables, search and the workbench's cases view, then the same
# number of case files imported once under /usr/bin/time, and the import floor.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
W="${BENCH_WORK:-$(mktemp -d)}"
N="${CASES:-100000}"
CLI=build/src/cli/caselens-cli
BENCH=build/bench/caselens-bench
start=$(date +%s)
"$CLI" demo "$W/demo.caselens" --cases "$N" >/dev/null
echo "demo project of $N cases: $(( $(date +%s) - start )) s"
"$BENCH" open "$W/demo.caselens"
"$BENCH" analysis "$W/demo.caselens"
s=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen build/src/app/caselens --screenshot "$W/cases.png" --view cases "$W/demo.caselens" 2>/dev/null
e=$(date +%s.%N)
echo "GUI cases view, $N cases: $(awk -v a="$s" -v b="$e" 'BEGIN { printf "%.2f", b - a }') s (whole process)"
rm -f "$W/demo.caselens"*
"$CLI" demo "$W/texts" --texts --cases "$N" >/dev/null
"$CLI" new "$W/import.caselens" >/dev/null
/usr/bin/time -f "import $N cases: %e s, peak RSS %M KB" "$CLI" import "$W/import.caselens" "$W/texts" --metadata "$W/texts/metadata.csv" >/dev/null
"$BENCH" floor "$W/texts"
