#!/usr/bin/env bash
# The benchmark harness: builds, generates scaled synthetic corpora, and measures import
# (against its floor), the coders, every analysis table, search, project open and the
# GUI: its cases view and its main thread during import and coding (event-loop latency
# probe), the LLM prompt size per case and, where ../shared/realcases is beside the
# checkout, the learning curve from review on real reports. Prints tables; writes JSON to
# bench/results/.
#
#   bench/run.sh                 1,000 and 10,000 cases
#   SIZES="1000 10000 100000" bench/run.sh   (bench/run-100k.sh: single runs at 100,000)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
CLI=build/src/cli/caselens-cli
BENCH=build/bench/caselens-bench
APP=build/src/app/caselens
OUT=bench/results
mkdir -p "$OUT"
WORK="${BENCH_WORK:-$(mktemp -d)}"
SIZES="${SIZES:-1000 10000}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r)"
for n in $SIZES; do
  echo "== $n cases"
  "$CLI" demo "$WORK/texts-$n" --texts --cases "$n" >/dev/null
  mb=$(du -sm "$WORK/texts-$n" | cut -f1)
  times=()
  for run in 1 2 3; do
    rm -f "$WORK/import-$n.caselens"*
    "$CLI" new "$WORK/import-$n.caselens" >/dev/null
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$CLI" import "$WORK/import-$n.caselens" "$WORK/texts-$n" \
      --metadata "$WORK/texts-$n/metadata.csv" >/dev/null
    times+=("$(cat "$WORK/time")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$n" -v mb="$mb" '
    { t[NR] = $1; m[NR] = $2 } END {
      printf "import %d cases: median %.2f s (min %.2f, max %.2f), %.0f cases/s, %.1f MB/s, peak RSS %d MB\n",
             n, t[2], t[1], t[3], n / t[2], mb / t[2], m[3] / 1024 }' | tee "$OUT/import-$n.txt"
  "$BENCH" floor "$WORK/texts-$n" --json "$OUT/floor-$n.json"
  rm -f "$WORK/demo-$n.caselens"*
  "$CLI" demo "$WORK/demo-$n.caselens" --cases "$n" >/dev/null
  "$BENCH" open "$WORK/demo-$n.caselens" --json "$OUT/open-$n.json"
  "$BENCH" analysis "$WORK/demo-$n.caselens" --json "$OUT/analysis-$n.json"
  if [ -x "$APP" ]; then
    start=$(date +%s.%N)
    QT_QPA_PLATFORM=offscreen "$APP" --screenshot "$WORK/cases-$n.png" --view cases "$WORK/demo-$n.caselens" 2>/dev/null
    end=$(date +%s.%N)
    echo "GUI: open and render the cases view of $n cases: $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }') s (whole process)"
  fi
done
echo "== coders (987-case demo)"
rm -f "$WORK/coders.caselens"*
"$CLI" demo "$WORK/coders.caselens" >/dev/null
"$BENCH" coders "$WORK/coders.caselens" --json "$OUT/coders.json"
GUIBENCH=build/bench/caselens-gui-bench
if [ -x "$GUIBENCH" ]; then
  echo "== the window's main thread during import and coding (987-case demo texts)"
  rm -rf "$WORK/gui-texts" "$WORK/gui.caselens"*
  "$CLI" demo "$WORK/gui-texts" --texts >/dev/null
  QT_QPA_PLATFORM=offscreen "$GUIBENCH" "$WORK/gui.caselens" "$WORK/gui-texts" --json "$OUT/gui-latency.json" 2>/dev/null
fi
echo "== LLM prompt size per case (987-case demo, loopback endpoint)"
"$BENCH" llm-tokens "$WORK/coders.caselens" --json "$OUT/llm-tokens.json"
REAL="../shared/realcases/labels.jsonl"
if [ -f "$REAL" ]; then
  echo "== learning from review on real reports ($REAL, one left out at a time)"
  "$BENCH" learning-curve "$REAL" --json "$OUT/learning-curve.json"
fi
