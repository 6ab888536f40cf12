# Issue "Team projects", part 1, from the command line: copies go out, come back merged;
# a dry run changes nothing, merging again brings nothing new, a bad copy is refused.
source "$(dirname "$0")/lib.sh"
"$CLI" demo lead.caselens --cases 20 >/dev/null
"$CLI" code lead.caselens --coder lexicon >/dev/null
expect_exit 0 "$CLI" backup lead.caselens a.caselens
expect_exit 0 "$CLI" backup lead.caselens b.caselens
# Coder A decides two suggestions and writes a memo; coder B writes a memo on a code.
"$CLI" review a.caselens --list --coder lexicon --json > list.json
ids=$(sed -n 's/.*"id": \([0-9]*\).*/\1/p' list.json | sed -n 1,2p | paste -sd, -)
[ -n "$ids" ] || fail "no suggestions to decide"
expect_exit 0 "$CLI" review a.caselens --accept "$ids" --reviewer A
expect_exit 0 "$CLI" memo a.caselens --document 3 --text "评价部分具体。" --as A
expect_exit 0 "$CLI" memo b.caselens --code teacher_development --text "含教研活动。" --as B
expect_exit 0 "$CLI" merge lead.caselens a.caselens b.caselens --dry-run
contains .out "Would bring from"
contains .out "2 decisions"
ls lead.caselens.before-merge-* >/dev/null 2>&1 && fail "a dry run saved a copy"
expect_exit 0 "$CLI" memo lead.caselens
[ -s .out ] && grep -q "评价部分具体" .out && fail "a dry run changed the project"
expect_exit 0 "$CLI" merge lead.caselens a.caselens b.caselens
contains .out "Saved a copy of lead.caselens"
contains .out "2 decisions, 1 memos"
ls lead.caselens.before-merge-*.bak >/dev/null || fail "no copy of the project from before the merge"
"$CLI" check lead.caselens.before-merge-*.bak >/dev/null || fail "the copy from before the merge is not a sound project"
expect_exit 0 "$CLI" memo lead.caselens
contains .out "评价部分具体。"
contains .out "含教研活动。"
expect_exit 0 "$CLI" merge lead.caselens a.caselens b.caselens
contains .out "nothing new"
expect_exit 1 "$CLI" merge lead.caselens lead.caselens
contains .err "being merged into"
printf 'not a project' > junk.caselens
expect_exit 1 "$CLI" merge lead.caselens junk.caselens
expect_exit 2 "$CLI" merge lead.caselens
expect_exit 0 "$CLI" check lead.caselens
echo "merge: ok"
