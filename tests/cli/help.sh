source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CLI" --help
contains .out "Commands:"
for c in $(sed -n 's/^  \([a-z-]*\)  .*/\1/p' .out); do
  expect_exit 0 "$CLI" "$c" --help
  contains .out "Usage: caselens-cli $c"
done
expect_exit 2 "$CLI" no-such-command
contains .err "no command"
expect_exit 2 "$CLI" stats
expect_exit 2 "$CLI" stats x.caselens --unit bogus
expect_exit 1 "$CLI" info missing.caselens
contains .err "no project"
echo "notes" > notes.caselens
expect_exit 1 "$CLI" info notes.caselens
contains .err "not a CaseLens project"
echo "help: ok"
