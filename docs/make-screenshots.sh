#!/usr/bin/env bash
# Remakes the user guide's screenshots (docs/images/VIEW-en.png and VIEW-zh.png) from the
# synthetic demo: the learned coder is trained on the 2022–2023 cases and suggests codes
# for 2024, then every view is rendered at 1400x900 in English and in Chinese.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
CLI=build/src/cli/caselens-cli
APP=build/src/app/caselens
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK" XDG_RUNTIME_DIR="$WORK" QT_QPA_PLATFORM=offscreen
"$CLI" demo "$WORK/demo.caselens" >/dev/null
"$CLI" train "$WORK/demo.caselens" --where year=2022,2023 >/dev/null
"$CLI" code "$WORK/demo.caselens" --coder learned --where year=2024 >/dev/null
doc=$("$CLI" docs "$WORK/demo.caselens" --json | python3 -c 'import json,sys; print([d["id"] for d in json.load(sys.stdin) if d.get("year")==2024][0])')
"$CLI" memo "$WORK/demo.caselens" --document "$doc" --text "评价部分写得具体，可作为全面评价的典型例子。" --as 王老师 >/dev/null
for lang in en zh; do
  locale=$([ "$lang" = zh ] && echo zh_CN.UTF-8 || echo en_US.UTF-8)
  for view in cases document review agreement charts segments matrix search; do
    LANG="$locale" LC_ALL="$locale" "$APP" --screenshot "docs/images/$view-$lang.png" --view "$view" --doc "$doc" "$WORK/demo.caselens" 2>/dev/null
  done
  # The year chart: one line per characteristic in the codebook's colours.
  LANG="$locale" LC_ALL="$locale" "$APP" --screenshot "docs/images/charts-year-$lang.png" --view charts --by year "$WORK/demo.caselens" 2>/dev/null
  # The code matrix case by case.
  LANG="$locale" LC_ALL="$locale" "$APP" --screenshot "docs/images/matrix-case-$lang.png" --view matrix --by case "$WORK/demo.caselens" 2>/dev/null
done
echo "docs/images: $(ls docs/images | wc -l) screenshots"
