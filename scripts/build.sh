#!/usr/bin/env bash
# Configures and builds CaseLens into build/ (Release with debug info, Ninja).
# CASELENS_WERROR=ON (as CI sets it) makes every compiler warning an error.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/bootstrap.sh
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASELENS_WERROR="${CASELENS_WERROR:-OFF}" >/dev/null
fi
cmake --build build --parallel "$(nproc)"
