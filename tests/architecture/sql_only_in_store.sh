#!/usr/bin/env bash
# The schema has one owner: no SQL, no SQLite and no database handle outside src/core/store.
# Usage: sql_only_in_store.sh SOURCE_DIR
set -uo pipefail
src="${1:?source dir}/src"
pattern='\.db\(\)|sqlite3|Statement\b|prepareFiltered|store/database\.h|\bSELECT\b.*\bFROM\b|INSERT +(OR +[A-Z]+ +)?INTO|\bUPDATE\b +[a-z_]+ +SET|DELETE +FROM|CREATE +(TABLE|INDEX|TRIGGER)|PRAGMA +[a-z_]+'
found=$(grep -rnE "$pattern" "$src" --include='*.cpp' --include='*.h' | grep -v "^$src/core/store/")
if [ -n "$found" ]; then
  echo "SQL or database access outside src/core/store (ask a store class instead):"
  echo "$found"
  exit 1
fi
# The check itself must be able to fail: the store does match the pattern.
if ! grep -rqE "$pattern" "$src/core/store"; then
  echo "the pattern matches nothing even in src/core/store; the check is broken"
  exit 1
fi
echo "no SQL outside src/core/store"
