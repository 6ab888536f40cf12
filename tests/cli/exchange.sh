source "$(dirname "$0")/lib.sh"
"$CLI" demo demo.caselens --cases 30 >/dev/null
expect_exit 0 "$CLI" export demo.caselens --format qdpx -o demo.qdpx
contains .out "30 sources"
expect_exit 0 "$CLI" import-qdpx demo.qdpx -o back.caselens
contains .out "30 sources"
"$CLI" stats demo.caselens --by region --format json > a.json
"$CLI" stats back.caselens --by region --format json > b.json
cmp -s a.json b.json || fail "the round trip changed the region table"
expect_exit 0 "$CLI" export demo.caselens --format qdc -o book.qdc
contains book.qdc "urn:QDA-XML:codebook:1.0"
expect_exit 1 "$CLI" import-qdpx book.qdc -o nope.caselens
[ -e nope.caselens ] && fail "a refused import left a project behind"
expect_exit 2 "$CLI" export demo.caselens --format docx -o x.docx
echo "exchange: ok"
