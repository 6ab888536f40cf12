#!/usr/bin/env bash
# No source file over 800 lines: a file that long holds more than one thing.
# Usage: file_sizes.sh SOURCE_DIR
set -uo pipefail
root="${1:?source dir}"
long=$(find "$root/src" "$root/bench" \( -name '*.cpp' -o -name '*.h' \) -exec wc -l {} + | awk '$2 != "total" && $1 > 800')
if [ -n "$long" ]; then
  echo "source files over 800 lines (split them by what they do):"
  echo "$long"
  exit 1
fi
echo "every source file is 800 lines or fewer"
