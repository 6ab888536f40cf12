source "$(dirname "$0")/lib.sh"
# Kill an import at random moments; every time the project must open, pass the check
# and hold whole documents only; a final rerun completes the import.
mkdir in
sample_case 0 > template.txt
# 3,000 files of about 3,000 characters, each different, written by one awk process.
awk 'BEGIN { while ((getline line < "template.txt") > 0) t = t line "\n" }
     END { for (i = 1; i <= 3000; i++) { f = sprintf("in/case%04d.txt", i); printf "第%d号案例\n", i > f
           for (k = 1; k <= 8; k++) printf "%s第%d段补充说明：学校持续推进第%d项改进。\n", t, k, i * 10 + k > f; close(f) } }' /dev/null
"$CLI" new p.caselens >/dev/null
for attempt in 1 2 3 4 5; do
  "$CLI" import p.caselens in >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 5 + 1))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  expect_exit 0 "$CLI" check p.caselens
  expect_exit 0 "$CLI" info p.caselens --json
  partial=$(sed -n 's/.*"documents": \([0-9]*\).*/\1/p' .out)
  echo "after kill $attempt: $partial documents"
  [ "$partial" -lt 3000 ] && killed_midway=1
done
[ "${killed_midway:-0}" = 1 ] || fail "no kill landed in the middle of the import"
expect_exit 0 "$CLI" import p.caselens in
expect_exit 0 "$CLI" info p.caselens --json
contains .out '"documents": 3000'
expect_exit 0 "$CLI" check p.caselens

# Auto-coding killed at random moments: finished documents stay coded, a rerun completes
# it, and the result equals an uninterrupted run on a copy.
"$CLI" backup p.caselens copy.caselens >/dev/null
"$CLI" code copy.caselens --coder lexicon >/dev/null
for attempt in 1 2 3; do
  "$CLI" code p.caselens --coder lexicon >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 5 + 1))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  expect_exit 0 "$CLI" check p.caselens
done
expect_exit 0 "$CLI" code p.caselens --coder lexicon
suggested() { "$CLI" info "$1" --json | sed -n 's/.*"suggested": \([0-9]*\).*/\1/p'; }
[ "$(suggested p.caselens)" = "$(suggested copy.caselens)" ] || fail "interrupted coding gave $(suggested p.caselens) suggestions, uninterrupted $(suggested copy.caselens)"

# Export killed midway leaves no half-written file under the target name.
for attempt in 1 2; do
  "$CLI" export p.caselens --format qdpx -o out.qdpx >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 3 + 1))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -e out.qdpx ]; then
    rm -f back.caselens
    expect_exit 0 "$CLI" import-qdpx out.qdpx -o back.caselens
  fi
done
echo "kill_resume: ok"
