#!/usr/bin/env bash
# Builds the GUI tests with AddressSanitizer into build-asan/ and runs them: a freed
# object touched by an undo command, a model or a page fails the run. The team project
# test (a worker thread talking to PostgreSQL) runs again against a throwaway server.
# Called by scripts/test.sh; arguments are passed to the test program (names of test
# functions to run only those).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build-asan/build.ninja ]; then
  # No optimisation and no debug info keep the second build short (the tests take seconds
  # either way); ASan's reports still name the functions.
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O0" \
    -DCASELENS_SANITIZE=ON -DCASELENS_WERROR="${CASELENS_WERROR:-OFF}" >/dev/null
fi
cmake --build build-asan --parallel "$(nproc)" --target caselens_gui_tests
# Qt and fontconfig keep caches for the life of the process: leaks are not what this run is for.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export QT_QPA_PLATFORM=offscreen
build-asan/tests/gui/caselens_gui_tests "$@"
if [ $# -eq 0 ]; then
  tests/team/run.sh build-asan/tests/gui/caselens_gui_tests teamProjectInTheWindow
fi
