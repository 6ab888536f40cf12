#!/usr/bin/env bash
# The team server under load (caselens-team-bench), against a throwaway PostgreSQL 15 that
# pg_virtualenv makes for this one run and removes afterwards. The project: the 987-case
# demo with the lexicon's suggestions. Then a window (offscreen) opens the team project as
# one reviewer while another decides, timing each decision to the window's review queue.
# Last, the demo's tables from the project file and from the team server side by side.
# Writes bench/results/team-server.json, team-window.json and team-tables.json.
#
#   bench/run-team.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/src/cli/caselens-cli demo "$work/demo.caselens" >/dev/null
build/src/cli/caselens-cli code "$work/demo.caselens" --coder lexicon >/dev/null
mkdir -p bench/results
unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGSERVICE
pg_virtualenv -t -v 15 bash -c '
  createdb caselens_bench
  build/bench/caselens-team-bench "$0" "postgresql://$PGUSER@$PGHOST:$PGPORT/caselens_bench" --json bench/results/team-server.json
  # The team bench made reviewer0…9 (passwords pw0…pw9). The window keeps its working copy
  # in a throwaway data folder.
  XDG_DATA_HOME="$1/data" QT_QPA_PLATFORM=offscreen build/bench/caselens-gui-bench --team \
    "postgresql://reviewer2:pw2@$PGHOST:$PGPORT/caselens_bench" "postgresql://reviewer3:pw3@$PGHOST:$PGPORT/caselens_bench" \
    --json bench/results/team-window.json
  # The demo'"'"'s tables side by side: from the project file, and from the team server by its
  # address (the first time makes the working copy; later runs receive only what moved).
  # Both must print the same table.
  ms() { echo $(( $(date +%s%N) / 1000000 )); }
  server="postgresql://reviewer4:pw4@$PGHOST:$PGPORT/caselens_bench"
  build/src/cli/caselens-cli export-local "postgresql://$PGUSER@$PGHOST:$PGPORT/caselens_bench" "$1/now.caselens" >/dev/null
  rows=""
  for by in region year "region,year" province; do
    t0=$(ms); build/src/cli/caselens-cli stats "$1/now.caselens" --by "$by" --unit case --format csv >"$1/file.csv"; t1=$(ms)
    XDG_DATA_HOME="$1/data" build/src/cli/caselens-cli stats "$server" --by "$by" --unit case --format csv >"$1/server.csv" 2>/dev/null; t2=$(ms)
    XDG_DATA_HOME="$1/data" build/src/cli/caselens-cli stats "$server" --by "$by" --unit case --format csv >"$1/again.csv" 2>/dev/null; t3=$(ms)
    cmp -s "$1/file.csv" "$1/server.csv" && cmp -s "$1/file.csv" "$1/again.csv" || { echo "the tables by $by differ"; exit 1; }
    echo "table by $by: file $((t1 - t0)) ms; team server $((t2 - t1)) ms, again $((t3 - t2)) ms (same table)"
    rows="$rows${rows:+,}{\"by\": \"$by\", \"file_ms\": $((t1 - t0)), \"server_ms\": $((t2 - t1)), \"server_again_ms\": $((t3 - t2)), \"same\": true}"
  done
  echo "[$rows]" > bench/results/team-tables.json
' "$work/demo.caselens" "$work"
