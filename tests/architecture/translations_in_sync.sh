#!/usr/bin/env bash
# Every message the code can show is in the Chinese translation file: lupdate, run over a
# copy, finds nothing new. (After adding or moving a tr() string: run lupdate on
# resources/translations/caselens_zh_CN.ts and translate what it marks unfinished.)
# Usage: translations_in_sync.sh SOURCE_DIR LUPDATE
set -euo pipefail
root="${1:?source dir}"
lupdate="${2:?lupdate}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/resources/translations/caselens_zh_CN.ts" "$work/check.ts"
cd "$root"
out=$("$lupdate" -no-obsolete src ui -ts "$work/check.ts" 2>&1)
found=$(grep -oE 'Found [0-9]+ source text\(s\) \([0-9]+ new' <<<"$out" || true)
if [ -z "$found" ]; then
  echo "lupdate said nothing this check understands:"
  echo "$out"
  exit 1
fi
new=$(grep -oE '[0-9]+ new' <<<"$found" | grep -oE '[0-9]+')
if [ "$new" != 0 ]; then
  echo "$new message(s) of the code are not in caselens_zh_CN.ts:"
  diff <(grep -o '<source>.*</source>' "$root/resources/translations/caselens_zh_CN.ts" | sort -u) \
       <(grep -o '<source>.*</source>' "$work/check.ts" | sort -u) | grep '^>' || true
  exit 1
fi
echo "the translation file knows every message (lupdate: $found))"
