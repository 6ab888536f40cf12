#!/usr/bin/env bash
# Sets up, builds and runs every test (core, CLI end-to-end, GUI offscreen) with ctest,
# then the GUI tests again under AddressSanitizer (scripts/sanitize.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
./scripts/sanitize.sh
