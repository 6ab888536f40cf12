#!/usr/bin/env bash
# Runs the team server's tests against a PostgreSQL 15 made for them alone: pg_virtualenv
# (postgresql-common) creates a throwaway cluster, sets PGHOST, PGPORT, PGUSER and
# PGPASSWORD for the one command, then stops and removes the cluster — nothing is left
# running, nothing outside this machine is touched.
# Usage: run.sh COMMAND [ARGUMENTS…]   (the team test binary, or a CLI test script)
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: run.sh COMMAND [ARGUMENTS…]"; exit 2; }
if ! command -v pg_virtualenv >/dev/null; then
  echo "pg_virtualenv is missing: scripts/bootstrap.sh installs postgresql and postgresql-common"
  exit 1
fi
unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGSERVICE
# -t: the cluster lives in a temporary directory even as root, so two runs at once (a
# developer's and CI's) each get their own instead of refusing the other's "regress".
exec pg_virtualenv -t -v 15 "$@"
