#!/usr/bin/env bash
# The team server under load (caselens-team-bench), against a throwaway PostgreSQL 15 that
# pg_virtualenv makes for this one run and removes afterwards. The project: the 987-case
# demo with the lexicon's suggestions. Then a window (offscreen) opens the team project as
# one reviewer while another decides, timing each decision to the window's review queue.
# Writes bench/results/team-server.json and bench/results/team-window.json.
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
pg_virtualenv -v 15 bash -c '
  createdb caselens_bench
  build/bench/caselens-team-bench "$0" "postgresql://$PGUSER@$PGHOST:$PGPORT/caselens_bench" --json bench/results/team-server.json
  # The team bench made reviewer0…9 (passwords pw0…pw9). The window keeps its working copy
  # in a throwaway data folder.
  XDG_DATA_HOME="$1/data" QT_QPA_PLATFORM=offscreen build/bench/caselens-gui-bench --team \
    "postgresql://reviewer2:pw2@$PGHOST:$PGPORT/caselens_bench" "postgresql://reviewer3:pw3@$PGHOST:$PGPORT/caselens_bench" \
    --json bench/results/team-window.json
' "$work/demo.caselens" "$work"
