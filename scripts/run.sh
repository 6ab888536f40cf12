#!/usr/bin/env bash
# Sets up, builds, makes the synthetic demo project if it is missing, and opens it in
# the CaseLens workbench. Without a display it says so and prints the demo's region table.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
demo="${CASELENS_DEMO:-$PWD/build/demo.caselens}"
if [ ! -f "$demo" ]; then
  echo "Making the synthetic demo project (987 cases) at $demo …"
  ./build/src/cli/caselens-cli demo "$demo"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  echo "No display found, so the workbench cannot open here; this is the demo's table by region instead."
  exec ./build/src/cli/caselens-cli stats "$demo" --by region --rounding largest-remainder
fi
if [ -x build/src/app/caselens ]; then
  exec ./build/src/app/caselens "$demo"
fi
exec ./build/src/cli/caselens-cli info "$demo"
