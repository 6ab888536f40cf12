# Issue "Team projects", part 2, from the command line, against the throwaway PostgreSQL
# that tests/team/run.sh starts: publish, members, blind session, a coder refused what
# only a reviewer may do, a change heard by another person, the copy back, bad input.
source "$(dirname "$0")/lib.sh"
[ -n "${PGHOST:-}" ] || fail "run through tests/team/run.sh (it starts the server)"
createdb caselens_cli
createdb caselens_cli_second
LEAD="postgresql://$PGUSER@$PGHOST:$PGPORT/caselens_cli"
WANG="postgresql://wang:w-pw@$PGHOST:$PGPORT/caselens_cli"
ZHAO="postgresql://zhao:z-pw@$PGHOST:$PGPORT/caselens_cli"
"$CLI" demo lead.caselens --cases 20 >/dev/null
"$CLI" code lead.caselens --coder lexicon >/dev/null

expect_exit 0 "$CLI" publish lead.caselens "$LEAD"
contains .out "Published"
contains .out "codings:"
expect_exit 2 "$CLI" publish lead.caselens "$LEAD"            # a database that holds a project
contains .err "already holds a project"
expect_exit 2 "$CLI" publish lead.caselens not-an-address
expect_exit 1 "$CLI" info "postgresql://nobody:secret@127.0.0.1:1/none"
contains .err "Cannot reach the team server"
grep -q secret .err && fail "a password was printed"

CASELENS_MEMBER_PASSWORD=w-pw expect_exit 0 "$CLI" team add-member "$LEAD" wang
CASELENS_MEMBER_PASSWORD=z-pw expect_exit 0 "$CLI" team add-member "$LEAD" zhao --reviewer
expect_exit 2 "$CLI" team add-member "$LEAD" "bad name;"
expect_exit 0 "$CLI" info "$LEAD" --json
contains .out '"wang (coder)"'
contains .out '"zhao (reviewer)"'

# A coder codes as herself; deciding is for reviewers, and the database says no.
expect_exit 0 "$CLI" team code "$WANG" --doc 2 --start 0 --end 8 --code teacher_development
contains .out "by wang"
expect_exit 2 "$CLI" team code "$WANG" --doc 2 --start 0 --end 999999 --code teacher_development
expect_exit 1 "$CLI" team code "$WANG" --doc 2 --start 0 --end 8 --code no_such_code
id=$(psql -tA "$LEAD" -c "SELECT min(id) FROM codings WHERE status = 'suggested'")
expect_exit 1 "$CLI" team decide "$WANG" "$id" accept
contains .err "Only reviewers decide suggestions"

# A reviewer's decision is heard by the coder's watching session.
"$CLI" team watch "$WANG" --seconds 4 > watch.txt &
watcher=$!
sleep 1
expect_exit 0 "$CLI" team decide "$ZHAO" "$id" accept
wait "$watcher"
contains watch.txt "zhao update codings"

# Blind: the lead turns it on (a coder cannot); the coder reads only her own codings.
expect_exit 1 "$CLI" team blind "$WANG" on
expect_exit 0 "$CLI" team blind "$LEAD" on
expect_exit 0 "$CLI" info "$WANG" --json
contains .out '"codings": 1'
[ "$(psql -tA "$WANG" -c 'SELECT count(*) FROM codings')" = 1 ] || fail "plain SQL read other people's codings in a blind session"

# Search on the server finds what the file's index finds.
expect_exit 0 "$CLI" search lead.caselens 教师 --limit 1
in_file=$(grep -oE '^[0-9]+ passages match' .out | grep -oE '^[0-9]+')
expect_exit 0 "$CLI" team search "$LEAD" 教师
contains .out "$in_file passages in"

# A working copy: Wang codes in it as the window would (here the review command as him),
# sync sends it and brings the others' work.
expect_exit 0 "$CLI" team checkout "$WANG" wang.caselens
contains .out "Working copy wang.caselens"
expect_exit 0 "$CLI" team sync "$WANG" wang.caselens
contains .out "Sent: 0 codings"
expect_exit 2 "$CLI" team sync "$WANG" lead.caselens
contains .err "is not a working copy"

# Back into a file everything opens; an existing file is not overwritten.
expect_exit 0 "$CLI" export-local "$LEAD" back.caselens
expect_exit 0 "$CLI" check back.caselens
expect_exit 0 "$CLI" info back.caselens
contains .out "Documents:      20"
expect_exit 2 "$CLI" export-local "$LEAD" back.caselens
contains .err "already exists"
# Every command opens a team project by its address, through this person's working copy
# kept in step with the server: the server's table is the one its copy back gives, and a
# decision made with the review command reaches the server.
export XDG_DATA_HOME="$PWD/xdg"
expect_exit 0 "$CLI" stats "$ZHAO" --by region --unit case --format csv
cp .out stats-server.csv
expect_exit 0 "$CLI" stats back.caselens --by region --unit case --format csv
cmp -s .out stats-server.csv || fail "the table of the team project differs from its copy's"
ls xdg/caselens/team/*zhao.caselens >/dev/null || fail "no working copy in the data folder"
id2=$(psql -tA "$LEAD" -c "SELECT min(id) FROM codings WHERE status = 'suggested'")
expect_exit 0 "$CLI" review "$ZHAO" --accept "$id2" --reviewer zhao
contains .err "Sent to"
[ "$(psql -tA "$LEAD" -c "SELECT c.status || '/' || v.name FROM codings c JOIN coders v ON v.id = c.reviewer_id WHERE c.id = $id2")" = accepted/zhao ] ||
  fail "the decision made through the address did not reach the server"
# Another person's decision is in the next command's view of the project.
id3=$(psql -tA "$LEAD" -c "SELECT min(id) FROM codings WHERE status = 'suggested'")
expect_exit 0 "$CLI" team decide "$ZHAO" "$id3" reject
expect_exit 0 "$CLI" review "$ZHAO" --list --json --order document
grep -q "\"id\": $id3," .out && fail "a suggestion decided on the server is still waiting in the working copy"
grep -q '"id": ' .out || fail "the working copy lists no suggestions at all"
expect_exit 1 "$CLI" stats "postgresql://zhao:z-pw@127.0.0.1:1/caselens_cli" --by region
contains .err "Cannot reach the team server"
grep -q z-pw .err && fail "a password was printed"
expect_exit 2 "$CLI" team frobnicate "$LEAD"
echo "team server CLI: ok"
