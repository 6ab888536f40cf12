# Every view renders to a 1400x900 PNG through `caselens --screenshot`.
set -euo pipefail
APP="$1"; CLI="$2"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK" XDG_RUNTIME_DIR="$WORK"
"$CLI" demo "$WORK/demo.caselens" --cases 80 >/dev/null
for view in cases document review agreement charts segments matrix search; do
  "$APP" --screenshot "$WORK/$view.png" --view "$view" "$WORK/demo.caselens" 2>/dev/null
  [ -s "$WORK/$view.png" ] || { echo "FAIL: no screenshot for $view"; exit 1; }
  # PNG header with width 1400 and height 900.
  dims=$(od -An -tx1 -j16 -N8 "$WORK/$view.png" | tr -d ' \n')
  [ "$dims" = "0000057800000384" ] || { echo "FAIL: $view is not 1400x900 ($dims)"; exit 1; }
done
set +e; "$APP" --screenshot "$WORK/x.png" --view nonsense "$WORK/demo.caselens" 2>/dev/null; rc=$?; set -e
[ "$rc" = 2 ] || { echo "FAIL: an unknown view should exit 2, got $rc"; exit 1; }
# --help needs no display.
env -u DISPLAY QT_QPA_PLATFORM=xcb "$APP" --help > "$WORK/help.txt" || { echo "FAIL: caselens --help needs a display"; exit 1; }
grep -q -- "--screenshot" "$WORK/help.txt" || { echo "FAIL: --help does not describe --screenshot"; exit 1; }
echo "screenshots: ok"
