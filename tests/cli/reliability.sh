source "$(dirname "$0")/lib.sh"
# Backup, repair, a simulated full disk, and two processes working on one project.
"$CLI" demo demo.caselens --cases 80 >/dev/null
expect_exit 0 "$CLI" backup demo.caselens copy.caselens
expect_exit 0 "$CLI" check copy.caselens
expect_exit 0 "$CLI" check demo.caselens --repair
contains .out "Repaired: rebuilt the full-text index"
ls demo.caselens.before-repair-*.bak >/dev/null || fail "no backup before the repair"
expect_exit 0 "$CLI" search demo.caselens 教师 --json
contains .out '"hits"'

# A disk that fills up mid-import: one clear sentence, the project unharmed, a rerun completes.
mkdir in
# Enough cases that they cannot fit in the 40 pages left free below.
for i in $(seq 1 240); do sample_case "$i" > "in/c$i.txt"; done
"$CLI" new full.caselens >/dev/null
pages=$(( $(stat -c %s full.caselens) / 4096 + 40 ))
set +e
CASELENS_TEST_MAX_PAGE_COUNT=$pages "$CLI" import full.caselens in >.out 2>.err
rc=$?
set -e
[ "$rc" = 1 ] || { cat .out .err; fail "a full disk should stop the import with exit 1, got $rc"; }
contains .err "The disk is full"
expect_exit 0 "$CLI" check full.caselens
expect_exit 0 "$CLI" import full.caselens in
contains .out "already present, 0 failed"
expect_exit 0 "$CLI" info full.caselens --json
contains .out '"documents": 240'

# Two processes at once: an engine codes every document while a reviewer decides and
# edits metadata; nobody sees "database is locked" and every decision is kept.
"$CLI" code demo.caselens --coder lexicon --where year=2022 >/dev/null
ids=$("$CLI" review demo.caselens --list --json | sed -n 's/.*"id": \([0-9]*\).*/\1/p' | head -40)
"$CLI" train demo.caselens >/dev/null
"$CLI" code demo.caselens --coder learned > coder.out 2> coder.err &
coder=$!
n=0
for id in $ids; do
  "$CLI" review demo.caselens --accept "$id" --reviewer 李老师 >> review.out 2>> review.err || fail "review failed: $(cat review.err)"
  "$CLI" set demo.caselens 1 "备注=第$id次" >/dev/null 2>> review.err || fail "set failed: $(cat review.err)"
  n=$((n + 1))
done
wait "$coder" || fail "the coding process failed: $(cat coder.err)"
grep -qi "locked" review.err coder.err && fail "a process saw a locked database"
expect_exit 0 "$CLI" audit demo.caselens --json
accepted=$(grep -c '"action": "accept"' .out)
[ "$accepted" -ge "$n" ] || fail "only $accepted of $n decisions were kept"
expect_exit 0 "$CLI" check demo.caselens

# Issue "Nothing lost", item 13: a read-only file or folder was reported as damage. Run as
# an unprivileged user when the tests run as root (root may write anything).
as_user=()
if [ "$(id -u)" = 0 ]; then as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups); fi
chmod 755 "$WORK"
mkdir rofile rofolder
"$CLI" demo rofile/p.caselens --cases 5 >/dev/null
"$CLI" demo rofolder/p.caselens --cases 5 >/dev/null
chmod 444 rofile/p.caselens rofolder/p.caselens
chmod 755 rofile rofolder
[ ${#as_user[@]} -gt 0 ] && chown -R 65534 rofile
[ ${#as_user[@]} -eq 0 ] && chmod 555 rofolder
before=$(sha256sum rofile/p.caselens | cut -d' ' -f1)
expect_exit 1 "${as_user[@]}" "$CLI" set rofile/p.caselens 1 year=2023
contains .err "read-only"
if grep -q "damaged" .err; then fail "a read-only file was called damaged"; fi
[ "$(sha256sum rofile/p.caselens | cut -d' ' -f1)" = "$before" ] || fail "the read-only file changed"
expect_exit 0 "${as_user[@]}" "$CLI" info rofile/p.caselens   # reading still works
expect_exit 1 "${as_user[@]}" "$CLI" set rofolder/p.caselens 1 year=2023
contains .err "read-only"
if grep -q "damaged" .err; then fail "a read-only folder was called damaged"; fi
chmod -R u+w rofile rofolder
echo "reliability: ok ($n decisions while coding)"
