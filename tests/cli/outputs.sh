source "$(dirname "$0")/lib.sh"
# No command writes its output over a project or the file it reads, nor over an existing
# file unless --force; every output appears whole or not at all (issue 14, item 2).
"$CLI" demo p.caselens --cases 20 >/dev/null
"$CLI" new other.caselens >/dev/null
before=$(sha256sum p.caselens | cut -d' ' -f1)
other=$(sha256sum other.caselens | cut -d' ' -f1)
unchanged() { # file hash
  [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$2" ] || fail "$1 was changed"
  expect_exit 0 "$CLI" check "$1"
}

# Onto the project itself (also through another spelling of its path): refused even with --force.
for force in "" --force; do
  expect_exit 1 "$CLI" export p.caselens --format qdpx -o p.caselens $force
  contains .err "is the file this command reads"
  expect_exit 1 "$CLI" export p.caselens --format qdc -o ./p.caselens $force
  expect_exit 1 "$CLI" stats p.caselens --by region --format csv -o p.caselens $force
  expect_exit 1 "$CLI" stats p.caselens --by region --format xlsx -o "$WORK/p.caselens" $force
  expect_exit 1 "$CLI" cases p.caselens --by year --format csv -o p.caselens $force
  expect_exit 1 "$CLI" codebook p.caselens --export p.caselens $force
  expect_exit 1 "$CLI" backup p.caselens p.caselens $force
  contains .err "is the file this command reads"
  ln -sf p.caselens link.caselens
  expect_exit 1 "$CLI" backup p.caselens link.caselens $force
  expect_exit 1 "$CLI" stats p.caselens --by region --format csv -o p.caselens-wal $force
  unchanged p.caselens "$before"
done

# Onto another project: refused without --force, with one sentence that says so.
expect_exit 1 "$CLI" export p.caselens --format qdpx -o other.caselens
contains .err "is a CaseLens project"
expect_exit 1 "$CLI" stats p.caselens --by region --format csv -o other.caselens
expect_exit 1 "$CLI" backup p.caselens other.caselens
contains .err "is a CaseLens project"
unchanged other.caselens "$other"
# An old copy may be replaced on purpose.
expect_exit 0 "$CLI" backup p.caselens other.caselens --force
expect_exit 0 "$CLI" info other.caselens --json
contains .out '"documents": 20'

# Onto an existing file: refused without --force, replaced whole with it.
echo "keep me" > table.csv
expect_exit 1 "$CLI" stats p.caselens --by region --format csv -o table.csv
contains .err "already exists"
grep -qx "keep me" table.csv || fail "table.csv was overwritten without --force"
expect_exit 0 "$CLI" stats p.caselens --by region --format csv -o table.csv --force
contains table.csv "东部"
echo "keep me" > book.json
expect_exit 1 "$CLI" codebook p.caselens --export book.json
expect_exit 0 "$CLI" codebook p.caselens --export book.json --force
contains book.json '"codes"'
expect_exit 0 "$CLI" stats p.caselens --by region --format xlsx -o t.xlsx
expect_exit 1 "$CLI" stats p.caselens --by region --format xlsx -o t.xlsx
expect_exit 0 "$CLI" export p.caselens --format qdpx -o p.qdpx
expect_exit 1 "$CLI" export p.caselens --format qdpx -o p.qdpx
expect_exit 0 "$CLI" export p.caselens --format qdpx -o p.qdpx --force
mkdir adir
expect_exit 1 "$CLI" cases p.caselens --by year --format csv -o adir --force
contains .err "is a folder"

# No temporary file is left behind by any of it.
left=$(ls -A | grep -E 'caselens-part|\.part$' || true)
[ -z "$left" ] || fail "temporary files left: $left"
echo "outputs: all refused or written whole"
